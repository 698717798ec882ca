#!/usr/bin/env bash
# Runs privmap's bash completion as bash would on a few command lines and checks what it offers:
# without the bash-completion package, and with it when it is installed.
set -euo pipefail
source_dir=$(cd "$(dirname "$0")/.." && pwd)
cd "$source_dir"
failed=0

# offers "COMMAND LINE" "EXPECTED" [with-bash-completion]: the completions of the last word.
offers() {
    local line=$1 expected=$2 setup=${3:-}
    local got
    got=$(bash --norc --noprofile -c '
        [[ -n $3 ]] && source /usr/share/bash-completion/bash_completion
        source cli/completion/privmap.bash
        read -ra COMP_WORDS <<<"$1"
        [[ $1 == *" " ]] && COMP_WORDS+=("")
        COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
        COMP_LINE=$1 COMP_POINT=${#1}
        _privmap privmap "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
        printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " " | sed "s/ $//"
    ' _ "$line" "$setup" 2>&1)
    if [[ $got != "$expected" ]]; then
        echo "FAIL${setup:+ (with bash-completion)}: '$line' offers '$got', expected '$expected'"
        failed=1
    fi
}

for setup in "" $([[ -f /usr/share/bash-completion/bash_completion ]] && echo yes); do
    offers "privmap ch" "check" "$setup"
    offers "privmap check --" "--color --exclude-waived --fail-on --format --help --lang --today" "$setup"
    offers "privmap check --g" "" "$setup"
    offers "privmap trace --" "--format --help" "$setup"
    offers "privmap check --format s" "sarif" "$setup"
    offers "privmap report examples/econnect --format html,d" "html,docx" "$setup"
    offers "privmap report examples/econnect --format md,x" "md,xlsx" "$setup"
    offers "privmap trace examples/econnect contact-f" "contact-form" "$setup"
    offers "privmap report examples/econnect --lang " "de en fr nl" "$setup"
    offers "privmap trace tests/models/trace/shop.toml " "$(sed -n 's/^id = "\(.*\)"/\1/p' tests/models/trace/shop.toml | sort -u | tr '\n' ' ' | sed 's/ $//')" "$setup"
done
[[ $failed == 0 ]] && echo "bash completion offers each command's own options, model ids and formats"
exit $failed
