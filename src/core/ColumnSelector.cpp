#include "core/ColumnSelector.h"

namespace sitegov {

Result<ColumnSelector> ColumnSelector::parse(const QString& given)
{
    ColumnSelector s;
    const QString text = given.trimmed();
    s.m_text = text;
    if (text.isEmpty())
        return s;
    if (text.startsWith(QLatin1String("re:"))) {
        const QString pattern = text.mid(3);
        QRegularExpression re(pattern, QRegularExpression::UseUnicodePropertiesOption);
        if (pattern.trimmed().isEmpty() || !re.isValid()) {
            return Error{tr("The selector's regular expression \"%1\" is not valid: %2.")
                             .arg(pattern, re.isValid() ? tr("it is empty") : re.errorString()),
                {}};
        }
        s.m_kind = Kind::Pattern;
        s.m_pattern = re;
        return s;
    }
    static const QRegularExpression simple(
        QStringLiteral(R"(^([A-Za-z][A-Za-z0-9]*)?(#[A-Za-z0-9_\-]+)?((?:\.[A-Za-z0-9_\-]+)*)$)"));
    const QStringList parts = text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (parts.size() > 4) {
        return Error{tr("The selector \"%1\" has more than four steps: name the list's element more closely.").arg(text),
            {}};
    }
    for (const QString& part : parts) {
        const auto m = simple.match(part);
        if (!m.hasMatch() || part.isEmpty()) {
            return Error{tr("The selector \"%1\" is not understood: write a tag, #id or .class (for example "
                            "ul.news-list or #content), or re: followed by a regular expression.")
                             .arg(text),
                {}};
        }
        Step step;
        step.tag = m.captured(1).toLower();
        step.id = m.captured(2).mid(1);
        step.classes = m.captured(3).split(u'.', Qt::SkipEmptyParts);
        s.m_steps.append(step);
    }
    s.m_kind = Kind::Path;
    return s;
}

} // namespace sitegov
