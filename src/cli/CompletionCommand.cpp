#include "cli/Cli.h"

namespace sitegov {

namespace {

// `sitegovctl completion bash`: the bash completion script, written from the command table itself
// (every command's words and options as `--help` shows them), so that it cannot fall behind. The
// package installs its output as /usr/share/bash-completion/completions/sitegovctl.
class CompletionCommand final
{
public:
    static QString bashScript(const Cli& cli)
    {
        QString s;
        QTextStream out(&s);
        out << "# bash completion for sitegovctl, written by `sitegovctl completion bash` from its command table.\n"
               "# Each entry: the command's words, a bar, its options.\n"
               "_sitegovctl_commands=(\n";
        for (const Cli::Command& c : cli.commands())
            out << "    '" << c.name << '|' << Cli::optionNames(c).join(u' ') << "'\n";
        out << ")\n"
               "\n"
               "_sitegovctl()\n"
               "{\n"
               "    local cur=${COMP_WORDS[COMP_CWORD]}\n"
               "    local -a words=()\n"
               "    local i w skip=0 entry name best='' best_opts=''\n"
               "    # The words that name the command: after the global options, up to the first option.\n"
               "    for ((i = 1; i < COMP_CWORD; i++)); do\n"
               "        w=${COMP_WORDS[i]}\n"
               "        if ((skip)); then skip=0; continue; fi\n"
               "        case $w in\n"
               "            --lang|--wait) ((${#words[@]} == 0)) && skip=1 && continue ;;\n"
               "        esac\n"
               "        [[ $w == -* ]] && { ((${#words[@]} == 0)) && continue; break; }\n"
               "        words+=(\"$w\")\n"
               "    done\n"
               "    local typed=\"${words[*]}\"\n"
               "    # The longest command its words begin with.\n"
               "    for entry in \"${_sitegovctl_commands[@]}\"; do\n"
               "        name=${entry%%|*}\n"
               "        if [[ \"$typed \" == \"$name \"* && ${#name} -gt ${#best} ]]; then\n"
               "            best=$name\n"
               "            best_opts=${entry#*|}\n"
               "        fi\n"
               "    done\n"
               "    if [[ -n $best ]]; then\n"
               "        if [[ $cur == -* ]]; then\n"
               "            COMPREPLY=($(compgen -W \"$best_opts\" -- \"$cur\"))\n"
               "        else\n"
               "            compopt -o default 2>/dev/null\n"
               "            COMPREPLY=()\n"
               "        fi\n"
               "        return 0\n"
               "    fi\n"
               "    if ((${#words[@]} == 0)) && [[ $cur == -* ]]; then\n"
               "        COMPREPLY=($(compgen -W '--help --version --lang --wait' -- \"$cur\"))\n"
               "        return 0\n"
               "    fi\n"
               "    # The next word of the commands that begin with the words typed.\n"
               "    local -a next=()\n"
               "    local -a parts\n"
               "    for entry in \"${_sitegovctl_commands[@]}\"; do\n"
               "        name=${entry%%|*}\n"
               "        [[ -z $typed || \"$name \" == \"$typed \"* ]] || continue\n"
               "        read -r -a parts <<<\"$name\"\n"
               "        w=${parts[${#words[@]}]}\n"
               "        [[ -n $w && \" ${next[*]} \" != *\" $w \"* ]] && next+=(\"$w\")\n"
               "    done\n"
               "    COMPREPLY=($(compgen -W \"${next[*]}\" -- \"$cur\"))\n"
               "}\n"
               "complete -F _sitegovctl sitegovctl\n";
        out.flush();
        return s;
    }
};

} // namespace

void registerCompletionCommand(Cli& cli)
{
    const Cli* table = &cli;
    cli.add({QStringLiteral("completion bash"),
        Cli::tr(
            "Print the bash completion script (the package installs it; or: source <(sitegovctl completion bash))."),
        {}, [table](QCommandLineParser&, CliIo& io) {
            io.out << CompletionCommand::bashScript(*table);
            return 0;
        }});
}

} // namespace sitegov
