#include "ui/journal/JournalFormat.h"

#include "headless/ErrorMessages.h"

#include <QLocale>

namespace holdfast::ui {

QDate JournalFormat::toQDate(LocalDate date)
{
    return QDate(date.year(), int(date.month()), int(date.day()));
}

LocalDate JournalFormat::fromQDate(QDate date)
{
    return LocalDate(date.year(), unsigned(date.month()), unsigned(date.day()));
}

QString JournalFormat::shortDate(LocalDate date, LocalDate today)
{
    const std::int64_t daysAgo = date.daysTo(today);
    if (daysAgo == 0)
        return tr("Today");
    if (daysAgo == 1)
        return tr("Yesterday");
    const QLocale locale;
    if (date.year() == today.year())
        return locale.toString(toQDate(date), tr("ddd d MMM", "date in the journal list, this year"));
    return locale.toString(toQDate(date), tr("ddd d MMM yyyy", "date in the journal list, another year"));
}

QString JournalFormat::longDate(LocalDate date)
{
    return QLocale().toString(toQDate(date), QLocale::LongFormat);
}

QString JournalFormat::moodName(int mood)
{
    switch (mood) {
    case 1: return tr("Very low");
    case 2: return tr("Low");
    case 3: return tr("Okay");
    case 4: return tr("Good");
    case 5: return tr("Very good");
    default: break;
    }
    return {};
}

QString JournalFormat::prompt(JournalPrompt prompt)
{
    switch (prompt) {
    case JournalPrompt::WhatDontIMiss: return tr("What don't I miss?");
    case JournalPrompt::JustForMe: return tr("What did I do today that was just for me?");
    case JournalPrompt::QuietlyProud: return tr("What did I handle well this week, even if nobody saw it?");
    case JournalPrompt::KindToMe: return tr("Who was kind to me lately, and how did it feel?");
    case JournalPrompt::FeelingRightNow: return tr("What am I feeling right now? I can name it without judging it.");
    case JournalPrompt::LookingForward: return tr("What is one small thing I am looking forward to?");
    case JournalPrompt::PickUpAgain: return tr("What did I enjoy before that I could pick up again?");
    case JournalPrompt::UnderTheUrge: return tr("When the urge came, what was underneath it?");
    case JournalPrompt::NeedToday: return tr("What do I need today, and who could help me with it?");
    case JournalPrompt::NoteToFutureMe: return tr("What would I like to tell myself a year from now?");
    }
    return {};
}

QString JournalFormat::autosaveStatus(const AutosavePolicy &policy)
{
    switch (policy.status()) {
    case AutosavePolicy::Status::Clean:
    case AutosavePolicy::Status::Editing:
        return {};
    case AutosavePolicy::Status::Saved:
        return tr("Saved");
    case AutosavePolicy::Status::Failed:
        return tr("%1 Holdfast will try again as you keep writing.")
            .arg(describeStoreError(policy.error().value_or(StoreError::Kind::Other)));
    }
    return {};
}

} // namespace holdfast::ui
