# bash completion for privmap. Works with the bash-completion package (recommended) and, with
# plainer file completion, without it.

# The options each command takes (its --help lists the same).
_privmap_options() {
    case $1 in
        check) echo "--format --fail-on --today --exclude-waived --lang --color --help" ;;
        rules) echo "--format --lang --help" ;;
        explain) echo "--all --format --markdown --lang --help" ;;
        trace) echo "--format --help" ;;
        report) echo "-o --output --format --lang --today --templates --since --pdf-variant --help" ;;
        init) echo "--lang --help" ;;
        schema) echo "--help" ;;
        diff) echo "--git --format --fail-on --today --help" ;;
        agenda) echo "--within --format --today --lang --help" ;;
        vocabulary) echo "--format --lang --help" ;;
        import) echo "--from --country -o --output --help" ;;
    esac
}

_privmap_formats() {
    case $1 in
        check) echo "text json sarif github" ;;
        report) echo "html pdf docx odt md csv xlsx pia-json" ;;
        rules) echo "text json markdown" ;;
        explain) echo "text markdown" ;;
        trace) echo "text json" ;;
        diff) echo "text markdown json" ;;
        agenda) echo "text json ics" ;;
        vocabulary) echo "text json markdown" ;;
    esac
}

# The ids declared in the model at $1 (a folder or a .toml file): `id = "..."` lines.
_privmap_model_ids() {
    local files=()
    if [[ -d $1 ]]; then
        files=("$1"/*.toml "$1"/**/*.toml)
    else
        files=("$1")
    fi
    sed -n 's/^[[:space:]]*id[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' "${files[@]}" 2>/dev/null | sort -u
}

# Files (or, with -d, folders): bash-completion's _filedir when it is there.
_privmap_files() {
    if declare -F _filedir >/dev/null; then
        _filedir "$@"
    elif [[ $1 == -d ]]; then
        mapfile -t COMPREPLY < <(compgen -d -- "$cur")
    else
        mapfile -t COMPREPLY < <(compgen -f -- "$cur")
    fi
}

# The words of the command line that are not options or their values.
_privmap_operands() {
    local i operands=()
    for ((i = 2; i < cword; i++)); do
        case ${words[i]} in
            -o | --output | --format | --fail-on | --today | --color | --lang | --templates | --git | --since | --pdf-variant | --markdown | --within | --from | --country) ((i++)) ;;
            -*) ;;
            *) operands+=("${words[i]}") ;;
        esac
    done
    echo "${operands[@]}"
}

_privmap() {
    local cur prev words cword
    if declare -F _init_completion >/dev/null; then
        _init_completion || return
    else
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
        cur=${COMP_WORDS[COMP_CWORD]}
        prev=${COMP_WORDS[COMP_CWORD - 1]}
    fi
    local commands="check rules explain trace report init schema diff agenda vocabulary import"
    if [[ $cword -eq 1 ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$commands --help --version" -- "$cur")
        return
    fi
    local command=${words[1]}
    case $prev in
        --format)
            local formats
            formats=$(_privmap_formats "$command")
            if [[ $command == report && $cur == *,* ]]; then
                # A list: complete the format after the last comma, keeping the ones before.
                local done=${cur%,*}, last=${cur##*,}
                mapfile -t COMPREPLY < <(compgen -P "$done" -W "$formats" -- "$last")
                compopt -o nospace 2>/dev/null
            else
                mapfile -t COMPREPLY < <(compgen -W "$formats" -- "$cur")
            fi
            return ;;
        --from) mapfile -t COMPREPLY < <(compgen -W "avg-register fides xlsx" -- "$cur"); return ;;
        --fail-on) mapfile -t COMPREPLY < <(compgen -W "error warning note" -- "$cur"); return ;;
        --lang) mapfile -t COMPREPLY < <(compgen -W "en nl de fr" -- "$cur"); return ;;
        --color) mapfile -t COMPREPLY < <(compgen -W "auto always never" -- "$cur"); return ;;
        --pdf-variant) mapfile -t COMPREPLY < <(compgen -W "pdf/a-3b pdf/ua-1" -- "$cur"); return ;;
        --today | --within) return ;;
        -o | --output | --templates | --markdown) _privmap_files -d; return ;;
        --git | --since)
            mapfile -t COMPREPLY < <(compgen -W "HEAD $(git for-each-ref --format='%(refname:short)' 2>/dev/null)" -- "$cur")
            return ;;
    esac
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$(_privmap_options "$command")" -- "$cur")
        return
    fi
    local operands
    read -ra operands <<<"$(_privmap_operands)"
    case $command in
        explain)
            mapfile -t COMPREPLY < <(compgen -W "$(privmap rules --format json 2>/dev/null | grep -o '"id": *"[^"]*"' | cut -d'"' -f4)" -- "$cur")
            return ;;
        trace)
            if [[ ${#operands[@]} -eq 1 ]]; then
                mapfile -t COMPREPLY < <(compgen -W "$(_privmap_model_ids "${operands[0]}")" -- "$cur")
                return
            fi ;;
        rules | schema | vocabulary) return ;;
    esac
    _privmap_files
}
complete -F _privmap privmap
