#pragma once

#include <QList>

#include <functional>
#include <optional>
#include <utility>

namespace sitegov {

// The test hook the dialog seams share (MessageBox, FileDialog, InputDialog): answers queued for the
// next dialogs, each answered at once instead of being shown, and a handler that answers a dialog
// nobody queued an answer for (a test fails there instead of waiting on a window no one clicks).
// Used on the GUI thread only.
template<typename Answer, typename Asked>
class NextAnswers final
{
public:
    using Seen = std::function<void(const Asked&)>;
    using Handler = std::function<Answer(const Asked&)>;

    void push(Answer answer, Seen seen) { m_queue.append({std::move(answer), std::move(seen)}); }
    int pending() const { return int(m_queue.size()); }
    void clear() { m_queue.clear(); }
    void setUnanswered(Handler handler) { m_unanswered = std::move(handler); }

    // The queued answer for what is asked, if any (its Seen callback hears what was asked).
    std::optional<Answer> take(const Asked& asked)
    {
        if (m_queue.isEmpty())
            return std::nullopt;
        auto [answer, seen] = m_queue.takeFirst();
        if (seen)
            seen(asked);
        return answer;
    }

    // The handler's answer to a dialog without a queued one (then not shown); nothing without a
    // handler (the dialog is shown).
    std::optional<Answer> answerUnanswered(const Asked& asked) const
    {
        if (!m_unanswered)
            return std::nullopt;
        return m_unanswered(asked);
    }

private:
    QList<std::pair<Answer, Seen>> m_queue;
    Handler m_unanswered;
};

} // namespace sitegov
