#include "UnsentReread.h"

#include <algorithm>

namespace holdfast {

std::vector<std::int64_t> UnsentReread::dueOn(const std::vector<UnsentMessage> &messages, LocalDate today)
{
    const LocalDate yesterday = today.addDays(-1);
    std::vector<const UnsentMessage *> due;
    for (const auto &message : messages) {
        if (message.id != 0 && !message.reread && message.written.localDate == yesterday)
            due.push_back(&message);
    }
    std::stable_sort(due.begin(), due.end(),
                     [](const auto *a, const auto *b) { return a->written.utcMs < b->written.utcMs; });
    std::vector<std::int64_t> ids;
    ids.reserve(due.size());
    for (const auto *message : due)
        ids.push_back(message->id);
    return ids;
}

bool UnsentReread::opensAsReread(const UnsentMessage &message, LocalDate today)
{
    return message.id != 0 && !message.reread && message.written.localDate < today;
}

} // namespace holdfast
