<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CommandLine</name>
    <message>
        <source>A private companion for keeping no contact after a breakup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &quot;I want to text my ex&quot; dialog (in the running Holdfast, if there is one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the data in &lt;dir&gt; instead of the standard data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the no-contact streak and this week&apos;s figures, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --summary: print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open on a temporary folder of sample data; your own data is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadlessCommands</name>
    <message>
        <source>No-contact counter: not started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact for: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Longest streak: %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total days without contact: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attempts: %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next milestone: %n day(s) (%1% of the way)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Today&apos;s check-in: mood %1/5, sleep %2/5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s check-in: not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This week: %n urge(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resisted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 compared with last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdfast could not read its data in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalFormat</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date in the journal list, this year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date in the journal list, another year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What don&apos;t I miss?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did I do today that was just for me?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did I handle well this week, even if nobody saw it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who was kind to me lately, and how did it feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What am I feeling right now? I can name it without judging it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is one small thing I am looking forward to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did I enjoy before that I could pick up again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the urge came, what was underneath it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do I need today, and who could help me with it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would I like to tell myself a year from now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Holdfast will try again as you keep writing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReminderTexts</name>
    <message>
        <source>They know how to reach you. If they wanted to talk, they would. The one who left is the one who has to come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An urge is a wave. It rises, peaks and passes, often sooner than it feels. You can let this one pass too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something you need to tell them? Write it down here instead. It gets said, and they never see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You don&apos;t have to carry this alone today. Reach out to someone who is on your side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your mind something else to hold: a walk, a workout, a task you have been putting off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try saying it plainly: “I want to reach out because they are not reaching out to me.” Naming it takes away some of its pull.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pull is often less about them than about not feeling lovable right now. You are worth more than a reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing them this much is a kind of withdrawal. The cravings are real, and they fade the longer you keep going.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One “harmless” message can reopen a wound that has started to heal. Protect the healing you have done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You don&apos;t need one more conversation to move on. The answers that matter, you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every urge you let pass is proof of your strength. You are doing better than it feels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you slip, it is information, not failure. Begin again, gently, and notice what set it off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewCharts</name>
    <message>
        <source>%1
%2: %3</source>
        <comment>chart tooltip: category, series, value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a repeated trigger label</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>an hour of the day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urges per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resisted (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half of the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes after the first rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urges per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What set them off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hungry, angry, lonely, tired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood and sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How urges pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No urges logged this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resisted and reached out each day; the lines show the mean and peak intensity (0–10). Mean %1, peak %2 this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No triggers noted this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you noted as the trigger, most frequent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HALT flags this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often you were hungry, angry, lonely or tired when an urge came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When your urges started, by hour of the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your morning check-ins, 1 (low) to 5 (good).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No urges in the last 12 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urges per week, and the share of them you resisted. The selected week is highlighted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate an urge more than once while you wait it out, and this curve shows how quickly urges fade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urges fell below half their starting strength after %1 this week (median), %2 over 12 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 12 weeks, urges fell below half their starting strength after %1 (median).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the strength of an urge changed while you waited it out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <source>Weekly review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdfast, exported on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewTables</name>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They contacted me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left undecided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urges the week before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean starting intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time to fall below half, this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time to fall below half, last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>an hour of the day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resisted share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week in figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How urges pass: strength compared with the start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message numerus="yes">
        <source>%n urge(s), all resisted</source>
        <comment>weekly summary</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n urge(s), %1 resisted</source>
        <comment>weekly summary</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fewer than last week</source>
        <comment>weekly summary</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more than last week</source>
        <comment>weekly summary</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>as many as last week</source>
        <comment>weekly summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most came in the morning</source>
        <comment>weekly summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most came in the afternoon</source>
        <comment>weekly summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most came in the evening</source>
        <comment>weekly summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most came at night</source>
        <comment>weekly summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No urges so far this week, down from %n last week.</source>
        <comment>weekly summary</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No urges this week, down from %n the week before.</source>
        <comment>weekly summary</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No urges so far this week.</source>
        <comment>weekly summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No urges this week.</source>
        <comment>weekly summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>weekly summary: urge count, comparison with last week</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 so far this week</source>
        <comment>weekly summary: urge count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 this week</source>
        <comment>weekly summary: urge count</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, most often: %2</source>
        <comment>weekly summary: time of day, top trigger</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>most often: %1</source>
        <comment>weekly summary: top trigger</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>weekly summary: a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <comment>weekly summary: counts; when and why</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format: last day of a week</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>week range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date format: first day of a week</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d</source>
        <comment>date format: first day of a week in the same month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d</source>
        <comment>date format: a day on the chart axis</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>date format: a day in the table</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format: a week on the trend axis</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hungry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lonely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <comment>no value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes with a fraction</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your weekly review starts here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No urges so far this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A week without urges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each urge you log with “I want to text my ex” and each morning check-in adds to this page. Week by week, it shows how your urges change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your history starts on %1. Use “Next week” to move towards it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts fill in as you log urges and check in. After a few weeks, the trend shows how far you have come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a single urge logged so far. Every quiet day is one you kept for yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a single urge logged all week. That is what healing looks like; take a moment to notice it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resisted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>urges they started or that were left undecided</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriggerNames</name>
    <message>
        <source>Saw their social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A memory, place or song</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling lonely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boredom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>News about them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A special date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They contacted me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrgeTexts</name>
    <message>
        <source>Name it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do one thing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;re through this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You rode it out. That took strength.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That&apos;s okay. A lapse is information, not failure. Your counter starts again now, and so do you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counts as contact, so your counter starts again now. That&apos;s okay. You can begin again right away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They reached out, and you didn&apos;t reply. Your counter keeps running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not saved yet. Everything you entered is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of your plan could not be read, so this step may look emptier than usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every wave you let pass is proof that you can. You are doing better than it feels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be kind to yourself tonight. When you are ready, look at what set it off; that is how the next wave gets easier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whatever they said, you don&apos;t have to decide anything now. Take care of yourself first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answering right away took strength. You can take all the time you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2</source>
        <comment>minutes:seconds left</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ActivitiesSection</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go for a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things to do instead, that take your mind off them for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a few things that help you: a walk, a workout, cooking something, a film.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from your activities?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::BreathingWidget</name>
    <message>
        <source>Breathing guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in slowly for four seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out slowly for six seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ChartCard</name>
    <message>
        <source>Chart. The same figures are in the table view.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CrisisCard</name>
    <message>
        <source>Crisis help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in danger, or thinking about hurting yourself, please reach out now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdfast is a self-help tool. It is not therapy and cannot replace a person who can help you. You can change the line above in Settings to your local emergency or support number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number (112 in Europe, 911 in North America), or a crisis line where you live. If you can, tell someone near you how you feel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Holdfast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Holdfast %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A private companion for keeping no contact after a breakup. Everything stays on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::DashboardPage</name>
    <message>
        <source>%1, %2</source>
        <comment>days, hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>hours, minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When did no contact begin?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell Holdfast when you last reached out to them, and it will count the days from there. If it is today, just start now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you last reached out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-contact counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress to the next milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A moment for yourself before the day begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intention for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One intention for today (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urges you let pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of your own reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard days ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming up this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hard dates in the next seven days. You can mark birthdays, anniversaries and holidays in your plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counting yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when no contact began, and the count starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first milestone is one day away once you start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more day(s) to go</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You reached %n day(s) without contact. Take a quiet moment to notice that.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Update check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed. Save to update today&apos;s check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a number for your mood and your sleep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1. You can change it until midnight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are you arriving today? Pick a number for each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a number for your mood and your sleep first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each one you let pass is proof of your strength.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every urge that passes makes the next one a little weaker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When an urge comes, the button on the left is there for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>dddd, d MMMM</source>
        <comment>date of an upcoming risk date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan yet. A few lines in your plan can make the day easier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::IfThenPlansSection</name>
    <message>
        <source>If this happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In my own words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I see their stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then I will</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I mute them and call Sam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;If:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your &amp;words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Then:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide now what you will do when it gets hard, so you don&apos;t have to decide in the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a moment that usually sets you off, and write what you will do instead. For example: if I see their stories, then I mute them and call Sam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an if-then plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this if-then plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your if-then plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If-then plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If: %1
Then: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the plan for “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::IntensitySlider</name>
    <message>
        <source>0 · calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 · overwhelming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated %1 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last rated %1 out of 10. Use the arrow keys or type a number to rate again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <comment>not rated yet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated yet. Use the arrow keys or type a number from 0 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::JournalEntriesView</name>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new entry (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches. Try other words or fewer filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your entries will appear here. Write as much or as little as you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n entries. Search or pick dates to find older ones.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(no words yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, mood %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this entry from %1? It cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::JournalEntryEditor</name>
    <message>
        <source>Delete entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes this entry after asking you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write whatever is on your mind. Plain words are fine; Markdown works too. It stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. walk, friends, sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::JournalFilterBar</name>
    <message>
        <source>Search your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries with this tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show entries with this mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick to show only entries between two dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>between two dates</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::JournalPage</name>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsent messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote to them instead of sending it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote an unsent message yesterday. Want to read it again with today&apos;s eyes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You wrote %n unsent messages yesterday. Want to read them again with today&apos;s eyes?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::JournalPromptPanel</name>
    <message>
        <source>Need a place to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows different writing prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts your entry with this question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::MainWindow</name>
    <message>
        <source>Holdfast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I want to text my ex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a short exercise that helps you ride out the urge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ride out the urge (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning &amp;check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Crisis help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Holdfast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::MoodPicker</name>
    <message>
        <source>Mood: %1 (click again to clear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood %1 of 5, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::OnboardingDialog</name>
    <message>
        <source>Welcome to Holdfast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdfast helps you keep no contact after a breakup. It counts the time since you last reached out, walks you through the urge when it comes, and shows you week by week that the urges pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stays on this computer. No account, no internet, nobody else sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdfast is a self-help tool, not therapy. If you are in crisis, Help › Crisis help shows where to turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few questions help Holdfast fit you. Each one can be skipped, and you can change every answer later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When did the breakup happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdfast uses it to show how far you have come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakup date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breakup date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When did you last reach out to them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your no-contact time counts from here. If you haven&apos;t reached out since the breakup, leave the breakup date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last time you reached out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last time I reached out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why did you choose no contact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write up to three reasons in your own words. Holdfast shows them to you when the urge hits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason, in your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason &amp;%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can you call instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One person you trust, for when it gets hard. You can add more later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A friend or family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number or handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone or handle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;re set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the urge to reach out comes, press “I want to text my ex” (%1). Holdfast walks you through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can change everything later: reasons and people under Plan, your dates under Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start using Holdfast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PlanPage</name>
    <message>
        <source>Your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you decided on a calm day, ready for the hard ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PlanSection</name>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected item (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected item (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item up (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected item down (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ReasonsSection</name>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your own words: why no contact?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why you chose no contact, in your own words. Holdfast shows them to you when the urge hits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down why you chose no contact, in your own words. You&apos;ll see them when the urge hits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this reason?

“%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ReviewPage</name>
    <message>
        <source>Summary of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the same figures as tables, for the keyboard and screen readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this week&apos;s summary and charts as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this week as a one-page PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ &amp;Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the week before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;his week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the current week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next week ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the week after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the week of this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick any day to show its week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected week: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show as &amp;charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the week as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the week as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written. Check that the folder exists and that you can write to it.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::RiskDatesSection</name>
    <message>
        <source>What day is it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every &amp;year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan for that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend the day with Alex, phone on silent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days you know will be hard: their birthday, your anniversary, holidays. Holdfast shows them on your dashboard the week before, with your plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the days you know will be hard, and what you will do on them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a hard day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your risk dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · every year, next on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>title · date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from your risk dates?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urges and help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Morning reminder at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quiet notification in the morning to check in. Untick to turn it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used the next time you start Holdfast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your no-contact time counts from the last time you reached out. If you reached out again, set it here; there is no shame in starting over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breakup date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick if you&apos;d rather not keep this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakup date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last time I reached out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last time you reached out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urge timer in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urge &amp;timer (minutes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urges rise, peak and fall. The timer gives yours the time to pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When they contact me, it only &amp;restarts my count if I replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Crisis help line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis help line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown under Help › Crisis help. Put your local emergency or support number here; leave it empty for the general advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdfast makes a backup of your data once a day and keeps the newest ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you write stays in this folder on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::SupportPeopleSection</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A friend or family member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number or handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: when to call, what helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone or handle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People you can call or text instead. When the urge comes, Holdfast suggests one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone you trust: a friend or family member you can reach when it gets hard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your support people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>name · phone number</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from your support people?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::TrayIcon</name>
    <message>
        <source>I want to text my ex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Holdfast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdfast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did you sleep? Your morning check-in takes a minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::UnsentMessagesView</name>
    <message>
        <source>New unsent message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to them here instead of sending it. It is never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsent messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you want to tell them something, you can write it here instead. Nothing in this folder is ever sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes this unsent message after asking you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsent message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what you would like to tell them, or ask them. Say it all; they will never see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This stays here. It is never sent to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote this yesterday. Reading it again with today&apos;s eyes can show how far you have come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You wrote this %n days ago. It was never sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this unsent message? It cannot be brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no words yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From an urge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holdfast::ui::UrgeDialog</name>
    <message>
        <source>Ride out the urge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decide now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go straight to the last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis &amp;help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows where to get help right away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You want to reach out. That&apos;s the feeling talking — let&apos;s ride it out together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong is it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong is the urge right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urge intensity from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What set it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What set it off? Tick any that fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else that set it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HALT check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hungry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Angry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lonely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hunger, anger, loneliness and tiredness make every urge louder. If one fits, looking after it first can take the edge off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do one thing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one small thing and do it now. Action first; the thinking can wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan for this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone on your side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach out to someone on your side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or someone else:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your support people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to choose the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one on your list yet. When this wave has passed, add a friend or two under Plan, so they are here next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or get busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to choose the selected activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ll do this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do the selected activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activities yet. For now: stand up, drink a glass of water, step outside for a minute. You can add your own under Plan later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urges rise, peak and pass. Breathe with the circle and let the minutes do their work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong is it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong is it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urge intensity now, from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want to tell them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it here. It stays here — it is never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsent message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never sent. Kept in your journal&apos;s unsent folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say everything you want to say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It goes to the unsent folder in your journal, where only you can read it. Tomorrow you may see it differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where are you now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whatever happened, say it honestly. There is no wrong answer here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I didn&apos;t reach out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong is it now? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urge intensity at the end, from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish: you rode out the urge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you did reach out, or they did, that&apos;s okay. Saying so helps you see what set it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;reached out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;They contacted me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you reply?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, I didn&apos;t reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, I replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for pausing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Come back whenever you need to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stay with it. You don&apos;t have to do anything else right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timer is done. Notice how the urge feels now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You wrote: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan for “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1&apos;s contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 a text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number copied. Paste it into your phone or messenger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it where you reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no app for that. The number is copied, so you can use your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your one thing: reach out to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your one thing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That&apos;s okay. Thank you for being honest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They reached out to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you like, note what happened. It helps you see what set it off next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you reply? Either answer is okay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did you reach out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did they reach out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything to remember about it? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save: I reached out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save: they contacted me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not saved yet. Try again, or close once more to leave without saving it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdfast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the latest backup (%1)? The damaged file is kept in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can restore a backup from Settings. Until then, Holdfast keeps working with what it can read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
