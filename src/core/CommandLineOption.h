#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace sitegov {

// The option at args[i] of a command line, "--name value" or "--name=value": its name, and its
// value, which is what follows "=" or else the next argument (then consumed: i moves on to it).
// The daemons' option parsers (sitegov-server, its token command, sitegov-probe) read their
// arguments through it.
class CommandLineOption final
{
public:
    CommandLineOption(const QStringList& args, int& i)
        : m_args(args)
        , m_i(i)
        , m_name(args.at(i))
    {
        if (m_name.startsWith(QLatin1String("--")) && m_name.contains(u'=')) {
            m_inlineValue = m_name.section(u'=', 1);
            m_name = m_name.section(u'=', 0, 0);
        }
    }

    // "--name" (without "=value"), or the argument as it is.
    const QString& name() const { return m_name; }

    // The value; nothing when there is no "=value" and no argument after this one.
    std::optional<QString> value()
    {
        if (m_inlineValue)
            return m_inlineValue;
        if (m_i + 1 >= m_args.size())
            return std::nullopt;
        return m_args.at(++m_i);
    }

private:
    const QStringList& m_args;
    int& m_i;
    QString m_name;
    std::optional<QString> m_inlineValue;
};

} // namespace sitegov
