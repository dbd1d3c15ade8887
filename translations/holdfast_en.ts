<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ExchangeTexts</name>
    <message numerus="yes">
        <source>The file is too large to be an export (more than %n MB).</source>
        <translation>
            <numerusform>The file is too large to be an export (more than %n MB).</numerusform>
            <numerusform>The file is too large to be an export (more than %n MB).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n check-in</numerusform>
            <numerusform>%n check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entry(s)</source>
        <translation>
            <numerusform>%n journal entry</numerusform>
            <numerusform>%n journal entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n urge(s)</source>
        <translation>
            <numerusform>%n urge</numerusform>
            <numerusform>%n urges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent message(s)</source>
        <translation>
            <numerusform>%n unsent message</numerusform>
            <numerusform>%n unsent messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan item(s)</source>
        <translation>
            <numerusform>%n plan item</numerusform>
            <numerusform>%n plan items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evening look back(s)</source>
        <translation>
            <numerusform>%n evening look back</numerusform>
            <numerusform>%n evening look backs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeadlessCommands</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Longest streak: %n day(s)</source>
        <translation>
            <numerusform>Longest streak: %n day</numerusform>
            <numerusform>Longest streak: %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total days without contact: %n</source>
        <translation>
            <numerusform>Total days without contact: %n</numerusform>
            <numerusform>Total days without contact: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next milestone: %n day(s) (%1% of the way)</source>
        <translation>
            <numerusform>Next milestone: %n day (%1% of the way)</numerusform>
            <numerusform>Next milestone: %n days (%1% of the way)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This week: %n urge(s)</source>
        <translation>
            <numerusform>This week: %n urge</numerusform>
            <numerusform>This week: %n urges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resisted</source>
        <translation>
            <numerusform>%n resisted</numerusform>
            <numerusform>%n resisted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 as %n CSV file(s) in %2.</source>
        <translation>
            <numerusform>Exported %1 as %n CSV file in %2.</numerusform>
            <numerusform>Exported %1 as %n CSV files in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fresh starts: %n</source>
        <translation>
            <numerusform>Fresh starts: %n</numerusform>
            <numerusform>Fresh starts: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total days without personal contact: %n</source>
        <translation>
            <numerusform>Total days without personal contact: %n</numerusform>
            <numerusform>Total days without personal contact: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Logistics contact in this stretch: %n</source>
        <translation>
            <numerusform>Logistics contact in this stretch: %n</numerusform>
            <numerusform>Logistics contact in this stretch: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LookBackText</name>
    <message numerus="yes">
        <source>You looked back on %n evening(s). How hard the days were, on average: %1 of 5.</source>
        <translation>
            <numerusform>You looked back on %n evening. How hard the days were, on average: %1 of 5.</numerusform>
            <numerusform>You looked back on %n evenings. How hard the days were, on average: %1 of 5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseText</name>
    <message numerus="yes">
        <source>Use at least %n character(s).</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). A few unrelated words you will remember make a strong passphrase.</source>
        <translation>
            <numerusform>At least %n character. A few unrelated words you will remember make a strong passphrase.</numerusform>
            <numerusform>At least %n characters. A few unrelated words you will remember make a strong passphrase.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message numerus="yes">
        <source>%n urge(s), all resisted</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>%n urge, all resisted</numerusform>
            <numerusform>%n urges, all resisted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n urge(s), %1 resisted</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>%n urge, %1 resisted</numerusform>
            <numerusform>%n urges, %1 resisted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fewer than last week</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>%n fewer than last week</numerusform>
            <numerusform>%n fewer than last week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more than last week</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>%n more than last week</numerusform>
            <numerusform>%n more than last week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No urges so far this week, down from %n last week.</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>No urges so far this week, down from %n last week.</numerusform>
            <numerusform>No urges so far this week, down from %n last week.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No urges this week, down from %n the week before.</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>No urges this week, down from %n the week before.</numerusform>
            <numerusform>No urges this week, down from %n the week before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them pulled you to look at them.</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>%n of them pulled you to look at them.</numerusform>
            <numerusform>%n of them pulled you to look at them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them pulled you to go where they might be.</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>%n of them pulled you to go where they might be.</numerusform>
            <numerusform>%n of them pulled you to go where they might be.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them pulled you toward something else.</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>%n of them pulled you toward something else.</numerusform>
            <numerusform>%n of them pulled you toward something else.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::BackupsPanel</name>
    <message numerus="yes">
        <source>Holdfast copies your data once a day when it starts and keeps the newest %n backup(s). Restoring one replaces your current data, after a backup of it.</source>
        <translation>
            <numerusform>Holdfast copies your data once a day when it starts and keeps the newest %n backup. Restoring one replaces your current data, after a backup of it.</numerusform>
            <numerusform>Holdfast copies your data once a day when it starts and keeps the newest %n backups. Restoring one replaces your current data, after a backup of it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CounterCard</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logistics contact(s) kept in this stretch</source>
        <translation>
            <numerusform>%n logistics contact kept in this stretch</numerusform>
            <numerusform>%n logistics contacts kept in this stretch</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::DashboardPage</name>
    <message numerus="yes">
        <source>%1, in %n day(s)</source>
        <translation>
            <numerusform>%1, in %n day</numerusform>
            <numerusform>%1, in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ExportDialog</name>
    <message numerus="yes">
        <source>Exported %1 as %n CSV file(s) in %2.</source>
        <translation>
            <numerusform>Exported %1 as %n CSV file in %2.</numerusform>
            <numerusform>Exported %1 as %n CSV files in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ImportDialog</name>
    <message numerus="yes">
        <source>A Daylio export with %n entry(s).</source>
        <translation>
            <numerusform>A Daylio export with %n entry.</numerusform>
            <numerusform>A Daylio export with %n entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::JournalEntriesView</name>
    <message numerus="yes">
        <source>Showing the newest %n entries. Search or pick dates to find older ones.</source>
        <translation>
            <numerusform>Showing the newest %n entries. Search or pick dates to find older ones.</numerusform>
            <numerusform>Showing the newest %n entries. Search or pick dates to find older ones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::JournalPage</name>
    <message numerus="yes">
        <source>You wrote %n unsent messages yesterday. Want to read them again with today&apos;s eyes?</source>
        <translation>
            <numerusform>You wrote %n unsent messages yesterday. Want to read them again with today&apos;s eyes?</numerusform>
            <numerusform>You wrote %n unsent messages yesterday. Want to read them again with today&apos;s eyes?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::LockScreen</name>
    <message numerus="yes">
        <source>Take a breath. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Take a breath. You can try again in %n second.</numerusform>
            <numerusform>Take a breath. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::MilestoneCard</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more day(s) to go</source>
        <translation>
            <numerusform>%n more day to go</numerusform>
            <numerusform>%n more days to go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You reached %n day(s) without personal contact. Take a quiet moment to notice that.</source>
        <translation>
            <numerusform>You reached %n day without personal contact. Take a quiet moment to notice that.</numerusform>
            <numerusform>You reached %n days without personal contact. Take a quiet moment to notice that.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You reached %n day(s) without contact. Take a quiet moment to notice that.</source>
        <translation>
            <numerusform>You reached %n day without contact. Take a quiet moment to notice that.</numerusform>
            <numerusform>You reached %n days without contact. Take a quiet moment to notice that.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PrivacyPanel</name>
    <message numerus="yes">
        <source>Take a breath. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Take a breath. You can try again in %n second.</numerusform>
            <numerusform>Take a breath. You can try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::UnsentMessagesView</name>
    <message numerus="yes">
        <source>You wrote this %n days ago. It was never sent.</source>
        <translation>
            <numerusform>You wrote this %n days ago. It was never sent.</numerusform>
            <numerusform>You wrote this %n days ago. It was never sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::UrgeDialog</name>
    <message numerus="yes">
        <source>&amp;Add %n minute(s)</source>
        <translation>
            <numerusform>&amp;Add %n minute</numerusform>
            <numerusform>&amp;Add %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>%n minute left</numerusform>
            <numerusform>%n minutes left</numerusform>
        </translation>
    </message>
</context>
</TS>
