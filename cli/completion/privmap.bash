# bash completion for privmap
_privmap() {
    local cur prev words cword
    _init_completion || return
    local commands="check rules explain trace report init schema diff"
    if [[ $cword -eq 1 ]]; then
        COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
        return
    fi
    case $prev in
        --format)
            case ${words[1]} in
                check) COMPREPLY=($(compgen -W "text json sarif github" -- "$cur")) ;;
                report) COMPREPLY=($(compgen -W "html pdf docx odt md csv xlsx" -- "$cur")) ;;
                *) COMPREPLY=($(compgen -W "text json markdown" -- "$cur")) ;;
            esac
            return ;;
        --fail-on) COMPREPLY=($(compgen -W "error warning note" -- "$cur")); return ;;
        --lang) COMPREPLY=($(compgen -W "nl en" -- "$cur")); return ;;
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        -o|--output|--templates) _filedir -d; return ;;
        --git)
            COMPREPLY=($(compgen -W "HEAD $(git for-each-ref --format='%(refname:short)' 2>/dev/null)" -- "$cur"))
            return ;;
    esac
    if [[ ${words[1]} == explain && $cur != -* ]]; then
        COMPREPLY=($(compgen -W "$(privmap rules --format json 2>/dev/null | grep -o '"id": *"[^"]*"' | cut -d'"' -f4)" -- "$cur"))
        return
    fi
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "--help --format --fail-on --today --lang --color --templates -o --output --git" -- "$cur"))
        return
    fi
    _filedir
}
complete -F _privmap privmap
