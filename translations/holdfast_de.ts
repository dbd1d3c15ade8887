<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CommandLine</name>
    <message>
        <source>A private companion for keeping no contact after a breakup.</source>
        <translation>Ein privater Begleiter, um nach einer Trennung keinen Kontakt zu halten.</translation>
    </message>
    <message>
        <source>Open the &quot;I want to text my ex&quot; dialog (in the running Holdfast, if there is one).</source>
        <translation>Den Dialog „Ich will meiner Ex-Person schreiben“ öffnen (im laufenden Holdfast, falls vorhanden).</translation>
    </message>
    <message>
        <source>Keep the data in &lt;dir&gt; instead of the standard data folder.</source>
        <translation>Die Daten in &lt;dir&gt; statt im Standard-Datenordner ablegen.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Print the no-contact streak and this week&apos;s figures, then exit.</source>
        <translation>Die Zeit ohne Kontakt und die Zahlen dieser Woche ausgeben und beenden.</translation>
    </message>
    <message>
        <source>With --summary: print JSON instead of text.</source>
        <translation>Mit --summary: JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>Open on a temporary folder of sample data; your own data is not touched.</source>
        <translation>Mit einem temporären Ordner voller Beispieldaten öffnen; deine eigenen Daten bleiben unberührt.</translation>
    </message>
    <message>
        <source>Export everything, then exit: &lt;file&gt;.json writes one JSON file; a folder, or a name ending in .csv, writes one CSV file per kind of record. With encryption on, the passphrase is read from HOLDFAST_PASSPHRASE or, when it is not a terminal, from standard input.</source>
        <translation>Alles exportieren und beenden: &lt;file&gt;.json schreibt eine JSON-Datei; ein Ordner oder ein Name auf .csv schreibt eine CSV-Datei pro Datensatzart. Bei eingeschalteter Verschlüsselung wird die Passphrase aus HOLDFAST_PASSPHRASE gelesen oder, wenn die Standardeingabe kein Terminal ist, von der Standardeingabe.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Import a Holdfast JSON export or a Daylio CSV export, then exit. Adds what is not there yet; nothing is written if the file has a problem. The passphrase is read as for --export.</source>
        <translation>Einen Holdfast-JSON-Export oder einen Daylio-CSV-Export importieren und beenden. Fügt hinzu, was noch fehlt; hat die Datei ein Problem, wird nichts geschrieben. Die Passphrase wird wie bei --export gelesen.</translation>
    </message>
    <message>
        <source>With --import: replace all your data and settings with the file&apos;s instead of adding to them. A backup is taken first.</source>
        <translation>Mit --import: alle deine Daten und Einstellungen durch die der Datei ersetzen, statt sie zu ergänzen. Vorher wird eine Sicherung angelegt.</translation>
    </message>
    <message>
        <source>With --import --replace: go ahead even when the file holds no records, which leaves no records at all.</source>
        <translation>Mit --import --replace: auch dann fortfahren, wenn die Datei keine Datensätze enthält; danach sind gar keine Datensätze mehr vorhanden.</translation>
    </message>
    <message>
        <source>Give --import or --export, not both: run one, then the other.</source>
        <translation>Gib --import oder --export an, nicht beides: Führe erst das eine aus, dann das andere.</translation>
    </message>
    <message>
        <source>--import needs the name of the file to import.</source>
        <translation>--import braucht den Namen der Datei, die importiert werden soll.</translation>
    </message>
    <message>
        <source>--export needs the name of the file or folder to write.</source>
        <translation>--export braucht den Namen der Datei oder des Ordners für den Export.</translation>
    </message>
    <message>
        <source>--replace only works together with --import.</source>
        <translation>--replace funktioniert nur zusammen mit --import.</translation>
    </message>
    <message>
        <source>This path has characters the system&apos;s language settings cannot read, so Holdfast would use a different file: %1. Rename it, or run Holdfast with a UTF-8 language setting.</source>
        <translation>Dieser Pfad enthält Zeichen, die die Spracheinstellungen des Systems nicht lesen können, daher würde Holdfast eine andere Datei verwenden: %1. Benenne ihn um oder starte Holdfast mit einer UTF-8-Spracheinstellung.</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
</context>
<context>
    <name>DiscreetMode</name>
    <message>
        <source>Journal</source>
        <comment>the app&apos;s name in discreet mode</comment>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Take a moment</source>
        <translation>Kurz innehalten</translation>
    </message>
    <message>
        <source>&amp;Log a message…</source>
        <translation>&amp;Eine Nachricht notieren…</translation>
    </message>
    <message>
        <source>Log a message</source>
        <translation>Eine Nachricht notieren</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>Holdfast could not open its data folder. Check that it exists and that you can open it.</source>
        <translation>Holdfast konnte seinen Datenordner nicht öffnen. Prüfe, ob es ihn gibt und ob du ihn öffnen kannst.</translation>
    </message>
    <message>
        <source>The data folder is read-only, so nothing can be saved. Your data is unchanged.</source>
        <translation>Der Datenordner ist schreibgeschützt, daher kann nichts gespeichert werden. Deine Daten sind unverändert.</translation>
    </message>
    <message>
        <source>The disk is full, so this could not be saved. What you wrote is still here; free some space and try again.</source>
        <translation>Die Festplatte ist voll, daher konnte das nicht gespeichert werden. Was du geschrieben hast, ist noch da; schaffe etwas Platz und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>The data file is damaged or is not a Holdfast file. It has been left as it is.</source>
        <translation>Die Datendatei ist beschädigt oder keine Holdfast-Datei. Sie wurde so gelassen, wie sie ist.</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of Holdfast. Please update Holdfast to open it; the file has been left as it is.</source>
        <translation>Diese Daten wurden mit einer neueren Version von Holdfast gespeichert. Bitte aktualisiere Holdfast, um sie zu öffnen; die Datei wurde so gelassen, wie sie ist.</translation>
    </message>
    <message>
        <source>Holdfast could not update the data file to this version. The file has been left as it was.</source>
        <translation>Holdfast konnte die Datendatei nicht auf diese Version umstellen. Die Datei wurde so gelassen, wie sie war.</translation>
    </message>
    <message>
        <source>Something in this entry could not be saved. Please check it and try again.</source>
        <translation>Etwas in diesem Eintrag konnte nicht gespeichert werden. Bitte prüfe ihn und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>Diesen Eintrag gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Your data is locked. Unlock Holdfast with your passphrase to see or save this; what you wrote is still here.</source>
        <translation>Deine Daten sind gesperrt. Entsperre Holdfast mit deiner Passphrase, um das zu sehen oder zu speichern; was du geschrieben hast, ist noch da.</translation>
    </message>
    <message>
        <source>That passphrase did not open your data. Nothing was changed; please try again.</source>
        <translation>Mit dieser Passphrase ließen sich deine Daten nicht öffnen. Nichts wurde verändert; versuche es bitte noch einmal.</translation>
    </message>
    <message>
        <source>Part of your data could not be read back as it was written: it may have been damaged or changed outside Holdfast. The rest is unaffected.</source>
        <translation>Ein Teil deiner Daten ließ sich nicht so zurücklesen, wie er geschrieben wurde: Er wurde vielleicht beschädigt oder außerhalb von Holdfast verändert. Der Rest ist nicht betroffen.</translation>
    </message>
    <message>
        <source>Something went wrong while saving. What you wrote is still here; please try again.</source>
        <translation>Beim Speichern ist etwas schiefgegangen. Was du geschrieben hast, ist noch da; versuche es bitte noch einmal.</translation>
    </message>
</context>
<context>
    <name>ExchangeTexts</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The file is too large to be an export (more than %n MB).</source>
        <translation>
            <numerusform>Die Datei ist zu groß für einen Export (mehr als %n MB).</numerusform>
            <numerusform>Die Datei ist zu groß für einen Export (mehr als %n MB).</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>This is neither a Holdfast export (.json) nor a Daylio export (.csv).</source>
        <translation>Das ist weder ein Holdfast-Export (.json) noch ein Daylio-Export (.csv).</translation>
    </message>
    <message>
        <source>This is not valid JSON (%1).</source>
        <translation>Das ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>This JSON file is not a Holdfast export.</source>
        <translation>Diese JSON-Datei ist kein Holdfast-Export.</translation>
    </message>
    <message>
        <source>This export comes from a newer Holdfast (format version %1). Update Holdfast to import it.</source>
        <translation>Dieser Export stammt aus einem neueren Holdfast (Formatversion %1). Aktualisiere Holdfast, um ihn zu importieren.</translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation>„%1“ fehlt.</translation>
    </message>
    <message>
        <source>“%1” should be a group of fields in braces.</source>
        <translation>„%1“ sollte eine Gruppe von Feldern in geschweiften Klammern sein.</translation>
    </message>
    <message>
        <source>“%1” should be a list in square brackets.</source>
        <translation>„%1“ sollte eine Liste in eckigen Klammern sein.</translation>
    </message>
    <message>
        <source>“%1” should be text in quotes.</source>
        <translation>„%1“ sollte Text in Anführungszeichen sein.</translation>
    </message>
    <message>
        <source>“%1” should be true or false.</source>
        <translation>„%1“ sollte true oder false sein.</translation>
    </message>
    <message>
        <source>“%1” should be a whole number.</source>
        <translation>„%1“ sollte eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>“%1” is %2, but it should be from %3 to %4.</source>
        <translation>„%1“ ist %2, sollte aber zwischen %3 und %4 liegen.</translation>
    </message>
    <message>
        <source>“%1” is “%2”, which is not a date like 2026-11-25.</source>
        <translation>„%1“ ist „%2“, das ist kein Datum wie 2026-11-25.</translation>
    </message>
    <message>
        <source>“%1” is “%2”, which Holdfast does not know.</source>
        <translation>„%1“ ist „%2“, das kennt Holdfast nicht.</translation>
    </message>
    <message>
        <source>“%1”: the id %2 is used twice.</source>
        <translation>„%1“: Die ID %2 kommt zweimal vor.</translation>
    </message>
    <message>
        <source>“%1”: there is already a check-in for %2.</source>
        <translation>„%1“: Für %2 gibt es schon einen Check-in.</translation>
    </message>
    <message>
        <source>A quoted field is never closed.</source>
        <translation>Ein Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>This CSV file lacks the Daylio columns %1.</source>
        <translation>Dieser CSV-Datei fehlen die Daylio-Spalten %1.</translation>
    </message>
    <message>
        <source>This row has %1 fields, but the header has %2.</source>
        <translation>Diese Zeile hat %1 Felder, die Kopfzeile aber %2.</translation>
    </message>
    <message>
        <source>“%1” is not a date Holdfast can read.</source>
        <translation>„%1“ ist kein Datum, das Holdfast lesen kann.</translation>
    </message>
    <message>
        <source>“%1” is not a time like 18:52 or 6:52 pm.</source>
        <translation>„%1“ ist keine Uhrzeit wie 18:52 oder 6:52 pm.</translation>
    </message>
    <message>
        <source>This entry has no mood.</source>
        <translation>Dieser Eintrag hat keine Stimmung.</translation>
    </message>
    <message>
        <source>The file has a header but no entries.</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Einträge.</translation>
    </message>
    <message>
        <source>The mood “%1” has no place on the scale from 1 to 5 yet.</source>
        <translation>Die Stimmung „%1“ hat noch keinen Platz auf der Skala von 1 bis 5.</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>Die Datei kann nicht importiert werden.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n Check-in</numerusform>
            <numerusform>%n Check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entry(s)</source>
        <translation>
            <numerusform>%n Tagebucheintrag</numerusform>
            <numerusform>%n Tagebucheinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n urge(s)</source>
        <translation>
            <numerusform>%n Impuls</numerusform>
            <numerusform>%n Impulse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent message(s)</source>
        <translation>
            <numerusform>%n ungesendete Nachricht</numerusform>
            <numerusform>%n ungesendete Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan item(s)</source>
        <translation>
            <numerusform>%n Planeintrag</numerusform>
            <numerusform>%n Planeinträge</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between counts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>1 – very low</source>
        <translation>1 – sehr schlecht</translation>
    </message>
    <message>
        <source>2 – low</source>
        <translation>2 – schlecht</translation>
    </message>
    <message>
        <source>3 – okay</source>
        <translation>3 – okay</translation>
    </message>
    <message>
        <source>4 – good</source>
        <translation>4 – gut</translation>
    </message>
    <message>
        <source>5 – very good</source>
        <translation>5 – sehr gut</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Nothing was written: %1 is in Holdfast&apos;s own data folder, where an export could overwrite your data. Choose another place.</source>
        <translation>Es wurde nichts geschrieben: %1 liegt im eigenen Datenordner von Holdfast, wo ein Export deine Daten überschreiben könnte. Wähle einen anderen Ort.</translation>
    </message>
    <message>
        <source>Nothing was written: %1 is a link to another file. Choose a new file name.</source>
        <translation>Es wurde nichts geschrieben: %1 ist eine Verknüpfung zu einer anderen Datei. Wähle einen neuen Dateinamen.</translation>
    </message>
    <message>
        <source>Nothing was written: %1 is not a file name Holdfast can write to. Choose a file name.</source>
        <translation>Es wurde nichts geschrieben: %1 ist kein Dateiname, unter dem Holdfast schreiben kann. Wähle einen Dateinamen.</translation>
    </message>
    <message>
        <source>Nothing was written to %1: the disk is full. Free some space and try again.</source>
        <translation>In %1 wurde nichts geschrieben: Die Festplatte ist voll. Schaffe etwas Platz und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Nothing was written to %1.</source>
        <translation>In %1 wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was written to %1: %2</source>
        <translation>In %1 wurde nichts geschrieben: %2</translation>
    </message>
    <message>
        <source>This is not UTF-8 text. Export the file again, or save it as UTF-8 in a text editor.</source>
        <translation>Das ist kein UTF-8-Text. Exportiere die Datei noch einmal oder speichere sie in einem Texteditor als UTF-8.</translation>
    </message>
    <message>
        <source>“%1” should be %2, the date of the moment&apos;s utcMs and offsetMinutes.</source>
        <translation>„%1“ sollte %2 sein, das Datum zu utcMs und offsetMinutes dieses Zeitpunkts.</translation>
    </message>
    <message numerus="yes">
        <source>%n evening look back(s)</source>
        <translation>
            <numerusform>%n Tagesabschluss</numerusform>
            <numerusform>%n Tagesabschlüsse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeadlessCommands</name>
    <message>
        <source>No-contact counter: not started yet</source>
        <translation>Zeit ohne Kontakt: noch nicht gestartet</translation>
    </message>
    <message>
        <source>No contact for: %1, %2</source>
        <translation>Ohne Kontakt: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Longest streak: %n day(s)</source>
        <translation>
            <numerusform>Längste Serie: %n Tag</numerusform>
            <numerusform>Längste Serie: %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total days without contact: %n</source>
        <translation>
            <numerusform>Tage ohne Kontakt insgesamt: %n</numerusform>
            <numerusform>Tage ohne Kontakt insgesamt: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next milestone: %n day(s) (%1% of the way)</source>
        <translation>
            <numerusform>Nächster Meilenstein: %n Tag (%1 % geschafft)</numerusform>
            <numerusform>Nächster Meilenstein: %n Tage (%1 % geschafft)</numerusform>
        </translation>
    </message>
    <message>
        <source>Today&apos;s check-in: mood %1/5, sleep %2/5</source>
        <translation>Heutiger Check-in: Stimmung %1/5, Schlaf %2/5</translation>
    </message>
    <message>
        <source>Today&apos;s check-in: not yet</source>
        <translation>Heutiger Check-in: noch nicht</translation>
    </message>
    <message numerus="yes">
        <source>This week: %n urge(s)</source>
        <translation>
            <numerusform>Diese Woche: %n Impuls</numerusform>
            <numerusform>Diese Woche: %n Impulse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resisted</source>
        <translation>
            <numerusform>%n ausgehalten</numerusform>
            <numerusform>%n ausgehalten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 compared with last week</source>
        <translation>%1 im Vergleich zur Vorwoche</translation>
    </message>
    <message>
        <source>Holdfast could not read its data in %1.</source>
        <translation>Holdfast konnte seine Daten in %1 nicht lesen.</translation>
    </message>
    <message>
        <source>Your data is encrypted. Give the passphrase in the environment variable HOLDFAST_PASSPHRASE or on standard input.</source>
        <translation>Deine Daten sind verschlüsselt. Gib die Passphrase in der Umgebungsvariable HOLDFAST_PASSPHRASE oder über die Standardeingabe an.</translation>
    </message>
    <message>
        <source>Give a file name ending in .json, a name ending in .csv, or a folder for CSV files: %1</source>
        <translation>Gib einen Dateinamen auf .json, einen Namen auf .csv oder einen Ordner für CSV-Dateien an: %1</translation>
    </message>
    <message>
        <source>There is no Holdfast data in %1 to export.</source>
        <translation>In %1 gibt es keine Holdfast-Daten zum Exportieren.</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Nach %2 exportiert: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 as %n CSV file(s) in %2.</source>
        <translation>
            <numerusform>In %2 als %n CSV-Datei exportiert: %1.</numerusform>
            <numerusform>In %2 als %n CSV-Dateien exportiert: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Aus %1 wurde nichts importiert.</translation>
    </message>
    <message>
        <source>These Daylio moods have no place on the scale from 1 to 5 yet: %1. Import the file once in Holdfast (File, Import) to choose; the choice is remembered.</source>
        <translation>Diese Daylio-Stimmungen haben noch keinen Platz auf der Skala von 1 bis 5: %1. Importiere die Datei einmal in Holdfast (Datei, Importieren), um sie zuzuordnen; die Auswahl wird gespeichert.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Importiert: %1.</translation>
    </message>
    <message>
        <source>Already there, so left out: %1.</source>
        <translation>Schon vorhanden, daher ausgelassen: %1.</translation>
    </message>
    <message>
        <source>Nothing was imported into %1.</source>
        <translation>In %1 wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Fresh starts: %n</source>
        <translation>
            <numerusform>Neuanfänge: %n</numerusform>
            <numerusform>Neuanfänge: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Today&apos;s check-in: locked (give the passphrase in HOLDFAST_PASSPHRASE to see it)</source>
        <translation>Heutiger Check-in: gesperrt (gib die Passphrase in HOLDFAST_PASSPHRASE an, um ihn zu sehen)</translation>
    </message>
    <message>
        <source>Nothing was changed. %1 holds no records, so replacing would remove everything stored now (%2).</source>
        <translation>Es wurde nichts geändert. %1 enthält keine Datensätze, daher würde das Ersetzen alles entfernen, was jetzt gespeichert ist (%2).</translation>
    </message>
    <message>
        <source>If that is what you want, run the same command with --yes.</source>
        <translation>Wenn du das willst, führe denselben Befehl mit --yes aus.</translation>
    </message>
    <message>
        <source>Replaced everything: removed %1; imported %2.</source>
        <translation>Alles ersetzt. Entfernt: %1; importiert: %2.</translation>
    </message>
    <message>
        <source>A backup of the data as it was is in the backups folder beside it.</source>
        <translation>Eine Sicherung des vorherigen Stands liegt im Sicherungsordner neben den Daten.</translation>
    </message>
    <message>
        <source>Holdfast is open on this data and could not take the import. Close it, then try again.</source>
        <translation>Holdfast ist mit diesen Daten geöffnet und konnte den Import nicht übernehmen. Schließe es und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: give --data-dir a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner: Gib bei --data-dir einen Ordner an.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Holdfast was open, so it imported the file and shows it now.</source>
        <translation>Holdfast war geöffnet, hat die Datei deshalb importiert und zeigt sie jetzt an.</translation>
    </message>
    <message>
        <source>The running Holdfast did not understand this request.</source>
        <translation>Das laufende Holdfast hat diese Anfrage nicht verstanden.</translation>
    </message>
    <message>
        <source>This Holdfast was built without its window. It runs --summary, --export and --import; --help lists them.</source>
        <translation>Dieses Holdfast wurde ohne sein Fenster gebaut. Es führt --summary, --export und --import aus; --help zeigt sie.</translation>
    </message>
    <message>
        <source>Low-contact mode: counting days without personal contact</source>
        <translation>Wenig-Kontakt-Modus: gezählt werden Tage ohne persönlichen Kontakt</translation>
    </message>
    <message>
        <source>No personal contact for: %1, %2</source>
        <translation>Kein persönlicher Kontakt seit: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Total days without personal contact: %n</source>
        <translation>
            <numerusform>Tage ohne persönlichen Kontakt insgesamt: %n</numerusform>
            <numerusform>Tage ohne persönlichen Kontakt insgesamt: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Logistics contact in this stretch: %n</source>
        <translation>
            <numerusform>Organisatorischer Kontakt in dieser Strecke: %n</numerusform>
            <numerusform>Organisatorischer Kontakt in dieser Strecke: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalFormat</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date in the journal list, this year</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date in the journal list, another year</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Sehr schlecht</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Schlecht</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Okay</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Sehr gut</translation>
    </message>
    <message>
        <source>What don&apos;t I miss?</source>
        <translation>Was vermisse ich nicht?</translation>
    </message>
    <message>
        <source>What did I do today that was just for me?</source>
        <translation>Was habe ich heute nur für mich getan?</translation>
    </message>
    <message>
        <source>What did I handle well this week, even if nobody saw it?</source>
        <translation>Was habe ich diese Woche gut gemeistert, auch wenn es niemand gesehen hat?</translation>
    </message>
    <message>
        <source>Who was kind to me lately, and how did it feel?</source>
        <translation>Wer war in letzter Zeit freundlich zu mir, und wie hat sich das angefühlt?</translation>
    </message>
    <message>
        <source>What am I feeling right now? I can name it without judging it.</source>
        <translation>Was fühle ich gerade? Ich kann es benennen, ohne es zu bewerten.</translation>
    </message>
    <message>
        <source>What is one small thing I am looking forward to?</source>
        <translation>Auf welche kleine Sache freue ich mich?</translation>
    </message>
    <message>
        <source>What did I enjoy before that I could pick up again?</source>
        <translation>Was habe ich früher gern gemacht, das ich wieder aufnehmen könnte?</translation>
    </message>
    <message>
        <source>When the urge came, what was underneath it?</source>
        <translation>Als der Impuls kam – was lag darunter?</translation>
    </message>
    <message>
        <source>What do I need today, and who could help me with it?</source>
        <translation>Was brauche ich heute, und wer könnte mir dabei helfen?</translation>
    </message>
    <message>
        <source>What would I like to tell myself a year from now?</source>
        <translation>Was möchte ich mir selbst in einem Jahr sagen?</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>%1 Holdfast will try again as you keep writing.</source>
        <translation>%1 Holdfast versucht es erneut, während du weiterschreibst.</translation>
    </message>
</context>
<context>
    <name>LookBackText</name>
    <message>
        <source>Evenings</source>
        <comment>weekly review: the week&apos;s evening look backs</comment>
        <translation>Tagesabschlüsse</translation>
    </message>
    <message>
        <source>The hardest was %1, the easiest %2.</source>
        <translation>Am schwersten war der %1, am leichtesten der %2.</translation>
    </message>
    <message>
        <source>The hardest was %1.</source>
        <translation>Am schwersten war der %1.</translation>
    </message>
    <message>
        <source>The easiest was %1.</source>
        <translation>Am leichtesten war der %1.</translation>
    </message>
    <message>
        <source>What helped this week</source>
        <translation>Was diese Woche geholfen hat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>what helped, then the days it helped on</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>–</source>
        <comment>a day without a look back</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>%1: no look back</source>
        <comment>a day of the week&apos;s evenings</comment>
        <translation>%1: kein Tagesabschluss</translation>
    </message>
    <message>
        <source>%1: %2 of 5</source>
        <comment>a day of the week&apos;s evenings, how hard it was</comment>
        <translation>%1: %2 von 5</translation>
    </message>
    <message>
        <source>You looked back on one evening. How hard that day was: %1 of 5.</source>
        <translation>Du hast einen Tag abgeschlossen. So schwer war er: %1 von 5.</translation>
    </message>
    <message numerus="yes">
        <source>You looked back on %n evening(s). How hard the days were, on average: %1 of 5.</source>
        <translation>
            <numerusform>Du hast %n Tag abgeschlossen. So schwer waren die Tage im Schnitt: %1 von 5.</numerusform>
            <numerusform>Du hast %n Tage abgeschlossen. So schwer waren die Tage im Schnitt: %1 von 5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Morning &amp;check-in</source>
        <translation>Morgen-&amp;Check-in</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Lock and hide</source>
        <translation>&amp;Sperren und ausblenden</translation>
    </message>
    <message>
        <source>Locks Holdfast when it is encrypted and hides it at once</source>
        <translation>Sperrt Holdfast, wenn es verschlüsselt ist, und blendet es sofort aus</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Rückblick</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>I want to text my ex</source>
        <translation>Ich will meiner Ex-Person schreiben</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Crisis help</source>
        <translation>&amp;Krisenhilfe</translation>
    </message>
    <message>
        <source>&amp;About Holdfast</source>
        <translation>Ü&amp;ber Holdfast</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>Kontakt &amp;eintragen…</translation>
    </message>
    <message>
        <source>Evening look &amp;back…</source>
        <translation>Tages&amp;abschluss…</translation>
    </message>
</context>
<context>
    <name>PassphraseText</name>
    <message>
        <source>Choose a passphrase first.</source>
        <translation>Wähle zuerst eine Passphrase.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s).</source>
        <translation>
            <numerusform>Verwende mindestens %n Zeichen.</numerusform>
            <numerusform>Verwende mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the new one again in both fields.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein. Gib die neue noch einmal in beide Felder ein.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). A few unrelated words you will remember make a strong passphrase.</source>
        <translation>
            <numerusform>Mindestens %n Zeichen. Ein paar unzusammenhängende Wörter, die du dir merken kannst, ergeben eine starke Passphrase.</numerusform>
            <numerusform>Mindestens %n Zeichen. Ein paar unzusammenhängende Wörter, die du dir merken kannst, ergeben eine starke Passphrase.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you forget the passphrase, your data cannot be recovered. Nobody can reset it, not even the makers of Holdfast: that is what keeps it private. Write it down somewhere safe.</source>
        <translation>Wenn du die Passphrase vergisst, lassen sich deine Daten nicht wiederherstellen. Niemand kann sie zurücksetzen, auch nicht die Macher von Holdfast: Genau das hält sie privat. Schreib sie dir an einem sicheren Ort auf.</translation>
    </message>
</context>
<context>
    <name>RatingRow</name>
    <message>
        <source>%1: %2 of %3</source>
        <extracomment>what is rated, the rating and the top of the scale: &quot;Mood: 3 of 5&quot;</extracomment>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>1 is %1, 5 is %2</source>
        <extracomment>what the ends of a 1 to 5 scale mean, for a screen reader: &quot;1 is Low, 5 is Good&quot;</extracomment>
        <translation>1 ist %1, 5 ist %2</translation>
    </message>
</context>
<context>
    <name>ReminderTexts</name>
    <message>
        <source>They know how to reach you. If they wanted to talk, they would. That step is theirs to take, not yours.</source>
        <translation>Die Person weiß, wie sie dich erreicht. Wenn sie reden wollte, würde sie es tun. Dieser Schritt liegt bei ihr, nicht bei dir.</translation>
    </message>
    <message>
        <source>An urge is a wave. It rises, peaks and passes, often sooner than it feels. You can let this one pass too.</source>
        <translation>Ein Impuls ist wie eine Welle. Er steigt, erreicht seinen Höhepunkt und vergeht, oft schneller, als es sich anfühlt. Auch diesen kannst du vorbeiziehen lassen.</translation>
    </message>
    <message>
        <source>Something you need to tell them? Write it down here instead. It gets said, and they never see it.</source>
        <translation>Musst du der Person etwas sagen? Schreib es stattdessen hier auf. Dann ist es gesagt, und sie sieht es nie.</translation>
    </message>
    <message>
        <source>Give your mind something else to hold: a walk, a workout, a task you have been putting off.</source>
        <translation>Gib deinem Kopf etwas anderes zu tun: einen Spaziergang, Sport, eine Aufgabe, die du vor dir herschiebst.</translation>
    </message>
    <message>
        <source>Try saying it plainly: “I want to reach out because they are not reaching out to me.” Naming it takes away some of its pull.</source>
        <translation>Sag es einmal ganz offen: „Ich will mich melden, weil die Person sich nicht bei mir meldet.“ Es zu benennen nimmt ihm einen Teil seiner Kraft.</translation>
    </message>
    <message>
        <source>The pull is often less about them than about not feeling lovable right now. You are worth more than a reply.</source>
        <translation>Oft geht es dabei weniger um die Person als darum, dass du dich gerade nicht liebenswert fühlst. Du bist mehr wert als eine Antwort.</translation>
    </message>
    <message>
        <source>Missing them this much is a kind of withdrawal. The cravings are real, and they fade the longer you keep going.</source>
        <translation>Die Person so sehr zu vermissen ist eine Art Entzug. Das Verlangen ist echt, und es lässt nach, je länger du durchhältst.</translation>
    </message>
    <message>
        <source>One “harmless” message can reopen a wound that has started to heal. Protect the healing you have done.</source>
        <translation>Eine „harmlose“ Nachricht kann eine Wunde wieder öffnen, die gerade zu heilen begonnen hat. Schütze die Heilung, die du geschafft hast.</translation>
    </message>
    <message>
        <source>You don&apos;t need one more conversation to move on. The answers that matter, you already have.</source>
        <translation>Du brauchst kein weiteres Gespräch, um weiterzugehen. Die Antworten, die zählen, hast du schon.</translation>
    </message>
    <message>
        <source>Every urge you let pass is proof of your strength. You are doing better than it feels.</source>
        <translation>Jeder Impuls, den du vorbeiziehen lässt, beweist deine Stärke. Du machst das besser, als es sich anfühlt.</translation>
    </message>
    <message>
        <source>If you slip, it is information, not failure. Begin again, gently, and notice what set it off.</source>
        <translation>Wenn du einen Rückfall hast, ist das eine Information, kein Versagen. Fang behutsam neu an und achte darauf, was ihn ausgelöst hat.</translation>
    </message>
    <message>
        <source>You don&apos;t have to carry this alone today. Call or message someone who is on your side.</source>
        <translation>Du musst das heute nicht allein tragen. Ruf jemanden an oder schreib jemandem, der auf deiner Seite ist.</translation>
    </message>
    <message>
        <source>What you need to move forward, you already carry with you.</source>
        <translation>Was du brauchst, um weiterzugehen, trägst du schon in dir.</translation>
    </message>
    <message>
        <source>Try putting it into words in your journal. Naming a feeling takes away some of its pull.</source>
        <translation>Versuch, es in deinem Tagebuch in Worte zu fassen. Ein Gefühl zu benennen nimmt ihm etwas von seiner Kraft.</translation>
    </message>
    <message>
        <source>Be as kind to yourself today as you would be to a good friend.</source>
        <translation>Sei heute so freundlich zu dir wie zu einem guten Freund.</translation>
    </message>
    <message>
        <source>Hard moments fade the longer you keep going. Protect the progress you have made.</source>
        <translation>Schwere Momente verblassen, je länger du dranbleibst. Schütze, was du schon geschafft hast.</translation>
    </message>
</context>
<context>
    <name>ReviewCharts</name>
    <message>
        <source>%1
%2: %3</source>
        <comment>chart tooltip: category, series, value</comment>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>Mean intensity</source>
        <translation>Mittlere Stärke</translation>
    </message>
    <message>
        <source>Peak intensity</source>
        <translation>Höchste Stärke</translation>
    </message>
    <message>
        <source>Urges</source>
        <translation>Impulse</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Everything else</source>
        <translation>Alles andere</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a repeated trigger label</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>an hour of the day</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <source>Urges per week</source>
        <translation>Impulse pro Woche</translation>
    </message>
    <message>
        <source>Resisted (%)</source>
        <translation>Ausgehalten (%)</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>Resisted</source>
        <translation>Ausgehalten</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <source>Half of the start</source>
        <translation>Hälfte des Anfangswerts</translation>
    </message>
    <message>
        <source>Minute %1</source>
        <translation>Minute %1</translation>
    </message>
    <message>
        <source>Minutes after the first rating</source>
        <translation>Minuten nach der ersten Bewertung</translation>
    </message>
    <message>
        <source>Strength (%)</source>
        <translation>Stärke (%)</translation>
    </message>
    <message>
        <source>Urges per day</source>
        <translation>Impulse pro Tag</translation>
    </message>
    <message>
        <source>What set them off</source>
        <translation>Was sie ausgelöst hat</translation>
    </message>
    <message>
        <source>Hungry, angry, lonely, tired</source>
        <translation>Hungrig, wütend, einsam, müde</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Tageszeit</translation>
    </message>
    <message>
        <source>Mood and sleep</source>
        <translation>Stimmung und Schlaf</translation>
    </message>
    <message>
        <source>The last 12 weeks</source>
        <translation>Die letzten 12 Wochen</translation>
    </message>
    <message>
        <source>How urges pass</source>
        <translation>Wie Impulse vergehen</translation>
    </message>
    <message>
        <source>No urges logged this week.</source>
        <translation>Diese Woche keine Impulse erfasst.</translation>
    </message>
    <message>
        <source>Resisted and reached out each day; the lines show the mean and peak intensity (0–10). Mean %1, peak %2 this week.</source>
        <translation>Ausgehalten und gemeldet pro Tag; die Linien zeigen mittlere und höchste Stärke (0–10). Diese Woche: Mittel %1, Höchstwert %2.</translation>
    </message>
    <message>
        <source>No triggers noted this week.</source>
        <translation>Diese Woche keine Auslöser notiert.</translation>
    </message>
    <message>
        <source>What you noted as the trigger, most frequent first.</source>
        <translation>Was du als Auslöser notiert hast, häufigste zuerst.</translation>
    </message>
    <message>
        <source>No HALT flags this week.</source>
        <translation>Diese Woche nichts davon angekreuzt.</translation>
    </message>
    <message>
        <source>How often you were hungry, angry, lonely or tired when an urge came.</source>
        <translation>Wie oft du hungrig, wütend, einsam oder müde warst, als ein Impuls kam.</translation>
    </message>
    <message>
        <source>When your urges started, by hour of the day.</source>
        <translation>Wann deine Impulse begonnen haben, nach Tageszeit.</translation>
    </message>
    <message>
        <source>No check-ins this week.</source>
        <translation>Diese Woche keine Check-ins.</translation>
    </message>
    <message>
        <source>From your morning check-ins, 1 (low) to 5 (good).</source>
        <translation>Aus deinen Morgen-Check-ins, 1 (schlecht) bis 5 (gut).</translation>
    </message>
    <message>
        <source>No urges in the last 12 weeks.</source>
        <translation>Keine Impulse in den letzten 12 Wochen.</translation>
    </message>
    <message>
        <source>Urges per week, and the share of them you resisted. The selected week is highlighted.</source>
        <translation>Impulse pro Woche und der Anteil, den du ausgehalten hast. Die ausgewählte Woche ist hervorgehoben.</translation>
    </message>
    <message>
        <source>Rate an urge more than once while you wait it out, and this curve shows how quickly urges fade.</source>
        <translation>Bewerte einen Impuls mehrmals, während du abwartest, dann zeigt diese Kurve, wie schnell Impulse nachlassen.</translation>
    </message>
    <message>
        <source>Urges fell below half their starting strength after %1 this week (median), %2 over 12 weeks.</source>
        <translation>Impulse fielen diese Woche nach %1 unter die Hälfte ihrer Anfangsstärke (Median), über 12 Wochen nach %2.</translation>
    </message>
    <message>
        <source>Over 12 weeks, urges fell below half their starting strength after %1 (median).</source>
        <translation>Über 12 Wochen fielen Impulse nach %1 unter die Hälfte ihrer Anfangsstärke (Median).</translation>
    </message>
    <message>
        <source>How the strength of an urge changed while you waited it out.</source>
        <translation>Wie sich die Stärke eines Impulses verändert hat, während du abgewartet hast.</translation>
    </message>
    <message>
        <source>What the pull was</source>
        <translation>Wohin es dich zog</translation>
    </message>
    <message>
        <source>To message or call them, to look at them, to go where they might be, or something else.</source>
        <translation>Der Person schreiben oder sie anrufen, nach ihr sehen, dorthin gehen, wo sie sein könnte, oder etwas anderes.</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <source>Weekly review: %1</source>
        <translation>Wochenrückblick: %1</translation>
    </message>
    <message>
        <source>Holdfast, exported on %1</source>
        <translation>Holdfast, exportiert am %1</translation>
    </message>
    <message>
        <source>• %1</source>
        <comment>a line in the list of what helped</comment>
        <translation>• %1</translation>
    </message>
</context>
<context>
    <name>ReviewTables</name>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Urges</source>
        <translation>Impulse</translation>
    </message>
    <message>
        <source>They contacted me</source>
        <translation>Die Person hat sich gemeldet</translation>
    </message>
    <message>
        <source>Left undecided</source>
        <translation>Offen gelassen</translation>
    </message>
    <message>
        <source>Urges the week before</source>
        <translation>Impulse in der Vorwoche</translation>
    </message>
    <message>
        <source>Mean starting intensity</source>
        <translation>Mittlere Anfangsstärke</translation>
    </message>
    <message>
        <source>Peak intensity</source>
        <translation>Höchste Stärke</translation>
    </message>
    <message>
        <source>Median time to fall below half, this week</source>
        <translation>Mediane Zeit bis unter die Hälfte, diese Woche</translation>
    </message>
    <message>
        <source>Median time to fall below half, last 12 weeks</source>
        <translation>Mediane Zeit bis unter die Hälfte, letzte 12 Wochen</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Mean intensity</source>
        <translation>Mittlere Stärke</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>an hour of the day</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <source>Resisted share</source>
        <translation>Anteil ausgehalten</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <source>This week in figures</source>
        <translation>Diese Woche in Zahlen</translation>
    </message>
    <message>
        <source>How urges pass: strength compared with the start</source>
        <translation>Wie Impulse vergehen: Stärke im Vergleich zum Anfang</translation>
    </message>
    <message>
        <source>The pull</source>
        <translation>Wohin es zog</translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message numerus="yes">
        <source>%n urge(s), all resisted</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>%n Impuls, ausgehalten</numerusform>
            <numerusform>%n Impulse, alle ausgehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n urge(s), %1 resisted</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>%n Impuls, %1 ausgehalten</numerusform>
            <numerusform>%n Impulse, %1 ausgehalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fewer than last week</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>%n weniger als letzte Woche</numerusform>
            <numerusform>%n weniger als letzte Woche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more than last week</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>%n mehr als letzte Woche</numerusform>
            <numerusform>%n mehr als letzte Woche</numerusform>
        </translation>
    </message>
    <message>
        <source>as many as last week</source>
        <comment>weekly summary</comment>
        <translation>so viele wie letzte Woche</translation>
    </message>
    <message>
        <source>most came in the morning</source>
        <comment>weekly summary</comment>
        <translation>die meisten kamen morgens</translation>
    </message>
    <message>
        <source>most came in the afternoon</source>
        <comment>weekly summary</comment>
        <translation>die meisten kamen nachmittags</translation>
    </message>
    <message>
        <source>most came in the evening</source>
        <comment>weekly summary</comment>
        <translation>die meisten kamen abends</translation>
    </message>
    <message>
        <source>most came at night</source>
        <comment>weekly summary</comment>
        <translation>die meisten kamen nachts</translation>
    </message>
    <message numerus="yes">
        <source>No urges so far this week, down from %n last week.</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>Diese Woche bisher keine Impulse, letzte Woche war es noch %n.</numerusform>
            <numerusform>Diese Woche bisher keine Impulse, letzte Woche waren es noch %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No urges this week, down from %n the week before.</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>Diese Woche keine Impulse, in der Woche davor war es noch %n.</numerusform>
            <numerusform>Diese Woche keine Impulse, in der Woche davor waren es noch %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>No urges so far this week.</source>
        <comment>weekly summary</comment>
        <translation>Diese Woche bisher keine Impulse.</translation>
    </message>
    <message>
        <source>No urges this week.</source>
        <comment>weekly summary</comment>
        <translation>Diese Woche keine Impulse.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>weekly summary: urge count, comparison with last week</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 so far this week</source>
        <comment>weekly summary: urge count</comment>
        <translation>%1 bisher diese Woche</translation>
    </message>
    <message>
        <source>%1 this week</source>
        <comment>weekly summary: urge count</comment>
        <translation>%1 diese Woche</translation>
    </message>
    <message>
        <source>%1, most often: %2</source>
        <comment>weekly summary: time of day, top trigger</comment>
        <translation>%1, am häufigsten: %2</translation>
    </message>
    <message>
        <source>most often: %1</source>
        <comment>weekly summary: top trigger</comment>
        <translation>am häufigsten: %1</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>weekly summary: a sentence</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <comment>weekly summary: counts; when and why</comment>
        <translation>%1; %2.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format: last day of a week</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>week range</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date format: first day of a week</comment>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <source>d</source>
        <comment>date format: first day of a week in the same month</comment>
        <translation>d.</translation>
    </message>
    <message>
        <source>ddd d</source>
        <comment>date format: a day on the chart axis</comment>
        <translation>ddd, d.</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>date format: a day in the table</comment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format: a week on the trend axis</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>Hungry</source>
        <translation>Hungrig</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>Wütend</translation>
    </message>
    <message>
        <source>Lonely</source>
        <translation>Einsam</translation>
    </message>
    <message>
        <source>Tired</source>
        <translation>Müde</translation>
    </message>
    <message>
        <source>–</source>
        <comment>no value</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes</comment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes with a fraction</comment>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Your weekly review starts here</source>
        <translation>Hier beginnt dein Wochenrückblick</translation>
    </message>
    <message>
        <source>Nothing recorded this week</source>
        <translation>Diese Woche nichts erfasst</translation>
    </message>
    <message>
        <source>Your first days</source>
        <translation>Deine ersten Tage</translation>
    </message>
    <message>
        <source>No urges so far this week</source>
        <translation>Diese Woche bisher keine Impulse</translation>
    </message>
    <message>
        <source>A week without urges</source>
        <translation>Eine Woche ohne Impulse</translation>
    </message>
    <message>
        <source>Each urge you log with “I want to text my ex” and each morning check-in adds to this page. Week by week, it shows how your urges change.</source>
        <translation>Jeder Impuls, den du mit „Ich will meiner Ex-Person schreiben“ erfasst, und jeder Morgen-Check-in fließt in diese Seite ein. Woche für Woche zeigt sie, wie sich deine Impulse verändern.</translation>
    </message>
    <message>
        <source>Your history starts on %1. Use “Next week” to move towards it.</source>
        <translation>Deine Aufzeichnungen beginnen am %1. Mit „Nächste Woche“ kommst du dorthin.</translation>
    </message>
    <message>
        <source>The charts fill in as you log urges and check in. After a few weeks, the trend shows how far you have come.</source>
        <translation>Die Diagramme füllen sich, während du Impulse erfasst und eincheckst. Nach ein paar Wochen zeigt der Verlauf, wie weit du gekommen bist.</translation>
    </message>
    <message>
        <source>Not a single urge logged so far. Every quiet day is one you kept for yourself.</source>
        <translation>Bisher kein einziger Impuls erfasst. Jeder ruhige Tag war ein Tag nur für dich.</translation>
    </message>
    <message>
        <source>Not a single urge logged all week. That is what healing looks like; take a moment to notice it.</source>
        <translation>Die ganze Woche kein einziger Impuls erfasst. So sieht Heilung aus – nimm dir einen Moment, um das wahrzunehmen.</translation>
    </message>
    <message>
        <source>Resisted</source>
        <translation>Ausgehalten</translation>
    </message>
    <message>
        <source>Reached out</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>urges they started or that were left undecided</comment>
        <translation>Andere</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2</source>
        <comment>trend axis: day of the month, short month name</comment>
        <translation>%1.&lt;br&gt;%2</translation>
    </message>
    <message numerus="yes">
        <source>%n of them pulled you to look at them.</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>%n davon zog dich dazu, nach der Person zu sehen.</numerusform>
            <numerusform>%n davon zogen dich dazu, nach der Person zu sehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them pulled you to go where they might be.</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>%n davon zog dich dorthin, wo die Person sein könnte.</numerusform>
            <numerusform>%n davon zogen dich dorthin, wo die Person sein könnte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them pulled you toward something else.</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>%n davon zog dich zu etwas anderem.</numerusform>
            <numerusform>%n davon zogen dich zu etwas anderem.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekly summary: the sentence, then what the urges pulled toward</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Message or call</source>
        <translation>Schreiben oder anrufen</translation>
    </message>
    <message>
        <source>Look</source>
        <comment>an urge to look at their profile or photos</comment>
        <translation>Nachsehen</translation>
    </message>
    <message>
        <source>Go there</source>
        <comment>an urge to go where they might be</comment>
        <translation>Hingehen</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
</context>
<context>
    <name>TriggerNames</name>
    <message>
        <source>Saw their social media</source>
        <translation>Social Media der Person gesehen</translation>
    </message>
    <message>
        <source>A memory, place or song</source>
        <translation>Eine Erinnerung, ein Ort oder ein Lied</translation>
    </message>
    <message>
        <source>Feeling lonely</source>
        <translation>Einsamkeit</translation>
    </message>
    <message>
        <source>Night-time</source>
        <translation>Nachts</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <source>Boredom</source>
        <translation>Langeweile</translation>
    </message>
    <message>
        <source>News about them</source>
        <translation>Neuigkeiten über die Person</translation>
    </message>
    <message>
        <source>A special date</source>
        <translation>Ein besonderes Datum</translation>
    </message>
    <message>
        <source>They contacted me</source>
        <translation>Die Person hat sich gemeldet</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
</context>
<context>
    <name>UrgeKindTexts</name>
    <message>
        <source>To message or call them</source>
        <translation>Der Person schreiben oder sie anrufen</translation>
    </message>
    <message>
        <source>To look at their profile, photos or the old chat</source>
        <translation>Ihr Profil, ihre Fotos oder den alten Chat ansehen</translation>
    </message>
    <message>
        <source>To go where they might be</source>
        <translation>Dorthin gehen, wo die Person sein könnte</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>First, close it</source>
        <translation>Zuerst: schließ es</translation>
    </message>
    <message>
        <source>First, stay where you are</source>
        <translation>Zuerst: bleib, wo du bist</translation>
    </message>
    <message>
        <source>Close the tab or the app now. If you choose, mute or unfollow them, so they come up less often. Holdfast never reaches into other apps: that step is yours, whenever you are ready.</source>
        <translation>Schließ jetzt den Tab oder die App. Wenn du magst, schalte die Person stumm oder entfolge ihr, damit sie dir seltener begegnet. Holdfast greift nie in andere Apps ein: Dieser Schritt gehört dir, wann immer du bereit bist.</translation>
    </message>
    <message>
        <source>Stay where you are, or go somewhere they won&apos;t be: a friend&apos;s place, a walk the other way. The urge will pass long before you would get there.</source>
        <translation>Bleib, wo du bist, oder geh dorthin, wo die Person nicht ist: zu Freunden, ein Spaziergang in die andere Richtung. Der Impuls vergeht, lange bevor du dort wärst.</translation>
    </message>
</context>
<context>
    <name>UrgeTexts</name>
    <message>
        <source>Name it</source>
        <translation>Benenne es</translation>
    </message>
    <message>
        <source>Do one thing</source>
        <translation>Tu eine Sache</translation>
    </message>
    <message>
        <source>Wait it out</source>
        <translation>Abwarten</translation>
    </message>
    <message>
        <source>Write it instead</source>
        <translation>Schreib es stattdessen auf</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>You&apos;re through this one</source>
        <translation>Diese Welle hast du geschafft</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>You rode it out. That took strength.</source>
        <translation>Du hast es ausgehalten. Das war stark von dir.</translation>
    </message>
    <message>
        <source>That&apos;s okay. A lapse is information, not failure. Your counter starts again now, and so do you.</source>
        <translation>Das ist in Ordnung. Ein Rückfall ist eine Information, kein Versagen. Dein Zähler beginnt jetzt neu – und du auch.</translation>
    </message>
    <message>
        <source>They reached out, and you didn&apos;t reply. Your counter keeps running.</source>
        <translation>Die Person hat sich gemeldet, und du hast nicht geantwortet. Dein Zähler läuft weiter.</translation>
    </message>
    <message>
        <source>This is not saved yet. Everything you entered is still here.</source>
        <translation>Das ist noch nicht gespeichert. Alles, was du eingegeben hast, ist noch da.</translation>
    </message>
    <message>
        <source>Saved now.</source>
        <translation>Jetzt gespeichert.</translation>
    </message>
    <message>
        <source>Some of your plan could not be read, so this step may look emptier than usual.</source>
        <translation>Ein Teil deines Plans konnte nicht gelesen werden, daher wirkt dieser Schritt vielleicht leerer als sonst.</translation>
    </message>
    <message>
        <source>Every wave you let pass is proof that you can. You are doing better than it feels.</source>
        <translation>Jede Welle, die du vorbeiziehen lässt, beweist, dass du es kannst. Du machst das besser, als es sich anfühlt.</translation>
    </message>
    <message>
        <source>Whatever they said, you don&apos;t have to decide anything now. Take care of yourself first.</source>
        <translation>Was auch immer die Person gesagt hat, du musst jetzt nichts entscheiden. Kümmere dich zuerst um dich.</translation>
    </message>
    <message>
        <source>Not answering right away took strength. You can take all the time you need.</source>
        <translation>Nicht sofort zu antworten war stark von dir. Du kannst dir alle Zeit nehmen, die du brauchst.</translation>
    </message>
    <message>
        <source>A message</source>
        <translation>Eine Nachricht</translation>
    </message>
    <message>
        <source>A call</source>
        <translation>Ein Anruf</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <source>Another way</source>
        <translation>Auf anderem Weg</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <comment>minutes:seconds left</comment>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Wie es war</translation>
    </message>
    <message>
        <source>That&apos;s okay. You can begin again right away; this counts as contact, so your counter starts again from now.</source>
        <translation>Das ist in Ordnung. Du kannst sofort wieder anfangen; das zählt als Kontakt, daher beginnt dein Zähler ab jetzt neu.</translation>
    </message>
    <message>
        <source>Be gentle with yourself now. When you are ready, look at what set it off; that is how the next wave gets easier.</source>
        <translation>Sei jetzt sanft mit dir. Wenn du so weit bist, schau dir an, was es ausgelöst hat – so wird die nächste Welle leichter.</translation>
    </message>
    <message>
        <source>They might not answer at all, or might block you.</source>
        <translation>Vielleicht antwortet die Person gar nicht oder blockiert dich.</translation>
    </message>
    <message>
        <source>A reply can be cold, or angry, and hurt more than the silence.</source>
        <translation>Eine Antwort kann kalt oder wütend sein und mehr wehtun als das Schweigen.</translation>
    </message>
    <message>
        <source>You might learn something you are not ready for, like someone new in their life.</source>
        <translation>Vielleicht erfährst du etwas, für das du noch nicht bereit bist, etwa von jemand Neuem in ihrem Leben.</translation>
    </message>
    <message>
        <source>A lot of hope would hang on one answer that you do not control.</source>
        <translation>Viel Hoffnung hinge an einer einzigen Antwort, über die du nicht bestimmst.</translation>
    </message>
    <message>
        <source>That&apos;s okay. Looking is not contact, so your counter keeps running.</source>
        <translation>Das ist in Ordnung. Nachsehen ist kein Kontakt, also läuft dein Zähler weiter.</translation>
    </message>
    <message>
        <source>That&apos;s okay. Going there is not contact, so your counter keeps running.</source>
        <translation>Das ist in Ordnung. Hingehen ist kein Kontakt, also läuft dein Zähler weiter.</translation>
    </message>
    <message>
        <source>That&apos;s okay. It was not contact, so your counter keeps running.</source>
        <translation>Das ist in Ordnung. Es war kein Kontakt, also läuft dein Zähler weiter.</translation>
    </message>
    <message>
        <source>Be gentle with yourself. Closing the tab, and muting them if you choose, makes the next wave easier.</source>
        <translation>Sei sanft mit dir. Den Tab zu schließen und die Person stummzuschalten, wenn du magst, macht die nächste Welle leichter.</translation>
    </message>
    <message>
        <source>Be gentle with yourself. When you are ready, look at what set it off; next time you can plan somewhere else to be.</source>
        <translation>Sei sanft mit dir. Wenn du so weit bist, schau dir an, was es ausgelöst hat; beim nächsten Mal kannst du dir einen anderen Ort vornehmen.</translation>
    </message>
    <message>
        <source>Noted as logistics. Your stretch keeps going.</source>
        <translation>Als Organisatorisches notiert. Deine Strecke läuft weiter.</translation>
    </message>
    <message>
        <source>Keeping it to what needs sorting is a way of looking after yourself.</source>
        <translation>Es beim Nötigen zu belassen, ist auch Selbstfürsorge.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ActivitiesSection</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Go for a run</source>
        <translation>Laufen gehen</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Aktivität:</translation>
    </message>
    <message>
        <source>Things to do instead, that take your mind off them for a while.</source>
        <translation>Dinge, die du stattdessen tun kannst und die dich eine Weile von der Person ablenken.</translation>
    </message>
    <message>
        <source>Add a few things that help you: a walk, a workout, cooking something, a film.</source>
        <translation>Füge ein paar Dinge hinzu, die dir helfen: ein Spaziergang, Sport, etwas kochen, ein Film.</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Aktivität hinzufügen</translation>
    </message>
    <message>
        <source>Edit this activity</source>
        <translation>Diese Aktivität bearbeiten</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Your activities</source>
        <translation>Deine Aktivitäten</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Remove “%1” from your activities?</source>
        <translation>„%1“ aus deinen Aktivitäten entfernen?</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::BackupsPanel</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Ausgewählte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Backed up by you</source>
        <translation>Von dir gesichert</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Vor einem Update</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>Before a change of encryption</source>
        <translation>Vor einer Änderung der Verschlüsselung</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Backed up on %1.</source>
        <translation>Gesichert am %1.</translation>
    </message>
    <message>
        <source>Restored the backup from %1. What you had before is kept as the backup “%2”.</source>
        <translation>Die Sicherung vom %1 ist wiederhergestellt. Dein vorheriger Stand bleibt als Sicherung „%2“ erhalten.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace your data with the backup from %1?</source>
        <translation>Deine Daten durch die Sicherung vom %1 ersetzen?</translation>
    </message>
    <message>
        <source>Holdfast first takes a backup of your data as it is now, so you can go back to it from this list. Anything written after %1 is only in that new backup.</source>
        <translation>Holdfast sichert zuerst deine Daten, wie sie jetzt sind, damit du über diese Liste zu ihnen zurückkehren kannst. Alles, was nach %1 geschrieben wurde, steht dann nur in dieser neuen Sicherung.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <source>Holdfast copies your data once a day when it starts and keeps the newest %n backup(s). Restoring one replaces your current data, after a backup of it.</source>
        <translation>
            <numerusform>Holdfast kopiert deine Daten einmal am Tag beim Start und behält %n Sicherung, die neueste. Beim Wiederherstellen werden deine aktuellen Daten ersetzt, nachdem sie gesichert wurden.</numerusform>
            <numerusform>Holdfast kopiert deine Daten einmal am Tag beim Start und behält die neuesten %n Sicherungen. Beim Wiederherstellen werden deine aktuellen Daten ersetzt, nachdem sie gesichert wurden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backups yet. Holdfast takes the first one when it starts, or now if you press “Back up now”.</source>
        <translation>Noch keine Sicherungen. Holdfast legt die erste beim Start an, oder jetzt, wenn du auf „Jetzt sichern“ drückst.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::BreathingWidget</name>
    <message>
        <source>Breathing guide</source>
        <translation>Atemhilfe</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
    <message>
        <source>Breathe in slowly for four seconds</source>
        <translation>Atme vier Sekunden lang langsam ein</translation>
    </message>
    <message>
        <source>Breathe out slowly for six seconds</source>
        <translation>Atme sechs Sekunden lang langsam aus</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ChartCard</name>
    <message>
        <source>Chart. The same figures are in a table: press “Show as table” at the top of the review.</source>
        <translation>Diagramm. Dieselben Zahlen stehen in einer Tabelle: Drücke oben im Rückblick „Als Tabelle zeigen“.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CheckInCard</name>
    <message>
        <source>Morning check-in</source>
        <translation>Morgen-Check-in</translation>
    </message>
    <message>
        <source>A moment for yourself before the day begins.</source>
        <translation>Ein Moment für dich, bevor der Tag beginnt.</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <source>Restless</source>
        <translation>Unruhig</translation>
    </message>
    <message>
        <source>Rested</source>
        <translation>Erholt</translation>
    </message>
    <message>
        <source>Intention</source>
        <translation>Vorsatz</translation>
    </message>
    <message>
        <source>Intention for today</source>
        <translation>Vorsatz für heute</translation>
    </message>
    <message>
        <source>One intention for today (optional)</source>
        <translation>Ein Vorsatz für heute (optional)</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Check-in speichern</translation>
    </message>
    <message>
        <source>Update check-in</source>
        <translation>Check-in aktualisieren</translation>
    </message>
    <message>
        <source>Changed. Save to update today&apos;s check-in.</source>
        <translation>Geändert. Speichere, um den heutigen Check-in zu aktualisieren.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Pick a number for your mood and your sleep.</source>
        <translation>Wähle eine Zahl für deine Stimmung und deinen Schlaf.</translation>
    </message>
    <message>
        <source>Saved at %1. You can change it until midnight.</source>
        <translation>Gespeichert um %1. Du kannst es bis Mitternacht ändern.</translation>
    </message>
    <message>
        <source>How are you arriving today? Pick a number for each.</source>
        <translation>Wie kommst du heute an? Wähle für beides eine Zahl.</translation>
    </message>
    <message>
        <source>Pick a number for your mood and your sleep first.</source>
        <translation>Wähle zuerst eine Zahl für deine Stimmung und deinen Schlaf.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ClearPathSection</name>
    <message>
        <source>Small steps that make reaching out harder. Tick them as you do them; Holdfast never touches your other apps.</source>
        <translation>Kleine Schritte, die es schwerer machen, dich zu melden. Hak sie ab, sobald du sie erledigt hast; Holdfast rührt deine anderen Apps nie an.</translation>
    </message>
    <message>
        <source>Clear the path</source>
        <translation>Weg freiräumen</translation>
    </message>
    <message>
        <source>&amp;Mute or unfollow them</source>
        <translation>Die Person &amp;stummschalten oder ihr entfolgen</translation>
    </message>
    <message>
        <source>&amp;Archive the chat</source>
        <translation>Den &amp;Chat archivieren</translation>
    </message>
    <message>
        <source>Move their &amp;photos to a folder out of sight</source>
        <translation>&amp;Fotos der Person in einen Ordner außer Sichtweite verschieben</translation>
    </message>
    <message>
        <source>&amp;Remove them from favourites and pinned contacts</source>
        <translation>Die Person aus Favoriten und angehefteten Kontakten &amp;entfernen</translation>
    </message>
    <message>
        <source>The path is clearer. That took care.</source>
        <translation>Der Weg ist freier. Du hast gut für dich gesorgt.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CounterCard</name>
    <message>
        <source>No-contact counter</source>
        <translation>Zeit ohne Kontakt</translation>
    </message>
    <message>
        <source>No contact for</source>
        <translation>Ohne Kontakt</translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation>Längste Serie</translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation>Tage ohne Kontakt</translation>
    </message>
    <message>
        <source>Fresh starts</source>
        <translation>Neuanfänge</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>Kontakt &amp;eintragen…</translation>
    </message>
    <message>
        <source>Record a message about children, work or shared things</source>
        <translation>Eine Nachricht zu Kindern, Arbeit oder Gemeinsamem festhalten</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>days, hours</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>hours, minutes</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Not counting yet</source>
        <translation>Zählt noch nicht</translation>
    </message>
    <message>
        <source>Set when no contact began, and the count starts.</source>
        <translation>Leg fest, wann deine Zeit ohne Kontakt begonnen hat, dann beginnt die Zählung.</translation>
    </message>
    <message>
        <source>Since %1, %2</source>
        <translation>Seit %1, %2</translation>
    </message>
    <message>
        <source>No personal contact for</source>
        <translation>Kein persönlicher Kontakt seit</translation>
    </message>
    <message>
        <source>Days without personal contact</source>
        <translation>Tage ohne persönlichen Kontakt</translation>
    </message>
    <message>
        <source>No personal contact for %1</source>
        <translation>Kein persönlicher Kontakt seit %1</translation>
    </message>
    <message>
        <source>No contact for %1</source>
        <translation>Ohne Kontakt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n logistics contact(s) kept in this stretch</source>
        <translation>
            <numerusform>%n organisatorischer Kontakt in dieser Strecke</numerusform>
            <numerusform>%n organisatorische Kontakte in dieser Strecke</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CrisisCard</name>
    <message>
        <source>Crisis help</source>
        <translation>Krisenhilfe</translation>
    </message>
    <message>
        <source>About Holdfast</source>
        <translation>Über Holdfast</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Holdfast %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A private companion for keeping no contact after a breakup. Everything stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Holdfast %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ein privater Begleiter, um nach einer Trennung keinen Kontakt zu halten. Alles bleibt auf diesem Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>If you are in danger, or thinking about hurting yourself, please get help now.</source>
        <translation>Wenn du in Gefahr bist oder daran denkst, dir etwas anzutun, hol dir bitte jetzt Hilfe.</translation>
    </message>
    <message>
        <source>In an emergency, call %1.</source>
        <translation>Im Notfall: Ruf %1 an.</translation>
    </message>
    <message>
        <source>In an emergency, call your local emergency number.</source>
        <translation>Im Notfall: Ruf den Notruf deines Landes an.</translation>
    </message>
    <message>
        <source>Crisis lines to call when it gets too much (%1):</source>
        <translation>Krisentelefone für Momente, in denen es zu viel wird (%1):</translation>
    </message>
    <message>
        <source>To find a crisis line where you are:</source>
        <translation>So findest du ein Krisentelefon, wo du gerade bist:</translation>
    </message>
    <message>
        <source>In another country, %1 lists crisis lines:</source>
        <translation>In einem anderen Land findest du Krisentelefone bei %1:</translation>
    </message>
    <message>
        <source>Your own line:</source>
        <translation>Deine eigene Nummer:</translation>
    </message>
    <message>
        <source>Someone on your side:</source>
        <translation>Jemand auf deiner Seite:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>support person: name, phone or handle</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>If you can, tell someone near you how you feel.</source>
        <translation>Wenn du kannst, sag jemandem in deiner Nähe, wie es dir geht.</translation>
    </message>
    <message>
        <source>Holdfast is a self-help tool, not therapy, and cannot replace a person who can help you. You can choose the country and add your own line in Settings.</source>
        <translation>Holdfast ist ein Selbsthilfe-Werkzeug, keine Therapie, und kann keinen Menschen ersetzen, der dir helfen kann. In den Einstellungen kannst du das Land wählen und eine eigene Nummer eintragen.</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentinien</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Österreich</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Kanada</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Mexiko</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Neuseeland</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CrisisCountryCombo</name>
    <message>
        <source>Country for the crisis lines</source>
        <translation>Land für die Krisentelefone</translation>
    </message>
    <message>
        <source>This computer&apos;s country</source>
        <translation>Land dieses Computers</translation>
    </message>
    <message>
        <source>This computer&apos;s country (%1)</source>
        <translation>Land dieses Computers (%1)</translation>
    </message>
    <message>
        <source>Another country</source>
        <translation>Ein anderes Land</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CrisisHelp</name>
    <message>
        <source>Crisis help (%1)</source>
        <translation>Krisenhilfe (%1)</translation>
    </message>
    <message>
        <source>Crisis help</source>
        <translation>Krisenhilfe</translation>
    </message>
    <message>
        <source>Shows where to get help right away</source>
        <translation>Zeigt, wo du sofort Hilfe bekommst</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::DashboardPage</name>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>When did no contact begin?</source>
        <translation>Wann hat deine Zeit ohne Kontakt begonnen?</translation>
    </message>
    <message>
        <source>Tell Holdfast when you last reached out to them, and it will count the days from there. If it is today, just start now.</source>
        <translation>Sag Holdfast, wann du dich zuletzt gemeldet hast, dann zählt es die Tage ab da. Wenn das heute war, fang einfach jetzt an.</translation>
    </message>
    <message>
        <source>Last contact:</source>
        <translation>Letzter Kontakt:</translation>
    </message>
    <message>
        <source>When you last reached out</source>
        <translation>Wann du dich zuletzt gemeldet hast</translation>
    </message>
    <message>
        <source>Start counting</source>
        <translation>Zählen beginnen</translation>
    </message>
    <message>
        <source>Urges you let pass</source>
        <translation>Impulse, die du ausgehalten hast</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>Reminder for today</source>
        <translation>Erinnerung für heute</translation>
    </message>
    <message>
        <source>For today</source>
        <translation>Für heute</translation>
    </message>
    <message>
        <source>One of your own reasons</source>
        <translation>Einer deiner eigenen Gründe</translation>
    </message>
    <message>
        <source>Hard days ahead</source>
        <translation>Schwere Tage voraus</translation>
    </message>
    <message>
        <source>Coming up this week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>No hard dates in the next seven days. You can mark birthdays, anniversaries and holidays in your plan.</source>
        <translation>Keine schweren Tage in den nächsten sieben Tagen. Geburtstage, Jahrestage und Feiertage kannst du in deinem Plan eintragen.</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Guten Tag</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Guten Abend</translation>
    </message>
    <message>
        <source>Each one you let pass is proof of your strength.</source>
        <translation>Jeder, den du vorbeiziehen lässt, beweist deine Stärke.</translation>
    </message>
    <message>
        <source>Every urge that passes makes the next one a little weaker.</source>
        <translation>Jeder Impuls, der vorübergeht, macht den nächsten ein wenig schwächer.</translation>
    </message>
    <message>
        <source>When an urge comes, the button on the left is there for you.</source>
        <translation>Wenn ein Impuls kommt, ist der Knopf links für dich da.</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message numerus="yes">
        <source>%1, in %n day(s)</source>
        <translation>
            <numerusform>%1, in %n Tag</numerusform>
            <numerusform>%1, in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>dddd, d MMMM</source>
        <comment>date of an upcoming risk date</comment>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No plan yet. A few lines in your plan can make the day easier.</source>
        <translation>Noch kein Plan. Ein paar Zeilen in deinem Plan können den Tag leichter machen.</translation>
    </message>
    <message>
        <source>Your plan: %1</source>
        <translation>Dein Plan: %1</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Dein Fortschritt</translation>
    </message>
    <message>
        <source>Your progress is hidden while discreet mode is on.</source>
        <translation>Dein Fortschritt ist verborgen, solange der diskrete Modus an ist.</translation>
    </message>
    <message>
        <source>Your progress is shown until you leave this screen.</source>
        <translation>Dein Fortschritt bleibt sichtbar, bis du diese Ansicht verlässt.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Show your progress</source>
        <translation>Deinen Fortschritt zeigen</translation>
    </message>
    <message>
        <source>Hide your progress</source>
        <translation>Deinen Fortschritt verbergen</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ExportDialog</name>
    <message>
        <source>Export your data</source>
        <translation>Deine Daten exportieren</translation>
    </message>
    <message>
        <source>Everything you have written and recorded, with your plan and settings.</source>
        <translation>Alles, was du geschrieben und erfasst hast, mit deinem Plan und deinen Einstellungen.</translation>
    </message>
    <message>
        <source>One &amp;JSON file: a full copy you can import again</source>
        <translation>Eine &amp;JSON-Datei: eine vollständige Kopie, die du wieder importieren kannst</translation>
    </message>
    <message>
        <source>&amp;CSV files, one per kind of record: for spreadsheets</source>
        <translation>&amp;CSV-Dateien, eine pro Datensatzart: für Tabellenkalkulationen</translation>
    </message>
    <message>
        <source>Where to save the export</source>
        <translation>Speicherort für den Export</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>The export is not encrypted. Keep it somewhere only you can open.</source>
        <translation>Der Export ist nicht verschlüsselt. Bewahre ihn an einem Ort auf, den nur du öffnen kannst.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Ordner für die CSV-Dateien</translation>
    </message>
    <message>
        <source>Nothing was exported. %1</source>
        <translation>Es wurde nichts exportiert. %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Nach %2 exportiert: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 as %n CSV file(s) in %2.</source>
        <translation>
            <numerusform>In %2 als %n CSV-Datei exportiert: %1.</numerusform>
            <numerusform>In %2 als %n CSV-Dateien exportiert: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::IfThenPlansSection</name>
    <message>
        <source>If this happens</source>
        <translation>Wenn das passiert</translation>
    </message>
    <message>
        <source>In my own words…</source>
        <translation>In meinen eigenen Worten…</translation>
    </message>
    <message>
        <source>The trigger in your own words</source>
        <translation>Der Auslöser in deinen eigenen Worten</translation>
    </message>
    <message>
        <source>I see their stories</source>
        <translation>Ich sehe die Storys der Person</translation>
    </message>
    <message>
        <source>Then I will</source>
        <translation>Dann werde ich</translation>
    </message>
    <message>
        <source>I mute them and call Sam</source>
        <translation>Ich schalte die Person stumm und rufe Sam an</translation>
    </message>
    <message>
        <source>&amp;If:</source>
        <translation>&amp;Wenn:</translation>
    </message>
    <message>
        <source>In your &amp;words:</source>
        <translation>In deinen W&amp;orten:</translation>
    </message>
    <message>
        <source>&amp;Then:</source>
        <translation>&amp;Dann:</translation>
    </message>
    <message>
        <source>Decide now what you will do when it gets hard, so you don&apos;t have to decide in the moment.</source>
        <translation>Entscheide jetzt, was du tust, wenn es schwer wird, damit du es nicht im Moment selbst entscheiden musst.</translation>
    </message>
    <message>
        <source>Pick a moment that usually sets you off, and write what you will do instead. For example: if I see their stories, then I mute them and call Sam.</source>
        <translation>Wähle einen Moment, der dich oft aus der Bahn wirft, und schreib auf, was du stattdessen tust. Zum Beispiel: Wenn ich die Storys der Person sehe, schalte ich sie stumm und rufe Sam an.</translation>
    </message>
    <message>
        <source>Add an if-then plan</source>
        <translation>Wenn-dann-Plan hinzufügen</translation>
    </message>
    <message>
        <source>Edit this if-then plan</source>
        <translation>Diesen Wenn-dann-Plan bearbeiten</translation>
    </message>
    <message>
        <source>Add plan</source>
        <translation>Plan hinzufügen</translation>
    </message>
    <message>
        <source>Your if-then plans</source>
        <translation>Deine Wenn-dann-Pläne</translation>
    </message>
    <message>
        <source>If-then plans</source>
        <translation>Wenn-dann-Pläne</translation>
    </message>
    <message>
        <source>If: %1
Then: %2</source>
        <translation>Wenn: %1
Dann: %2</translation>
    </message>
    <message>
        <source>Remove the plan for “%1”?</source>
        <translation>Den Plan für „%1“ entfernen?</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ImportDialog</name>
    <message>
        <source>Import data</source>
        <translation>Daten importieren</translation>
    </message>
    <message>
        <source>A Holdfast export (.json) or a Daylio export (.csv). The whole file is checked before anything is written.</source>
        <translation>Ein Holdfast-Export (.json) oder ein Daylio-Export (.csv). Die ganze Datei wird geprüft, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Your Daylio moods on Holdfast&apos;s scale</source>
        <translation>Deine Daylio-Stimmungen auf der Skala von Holdfast</translation>
    </message>
    <message>
        <source>Each day becomes one check-in with the average of that day&apos;s moods. Your choice is remembered for the next import.</source>
        <translation>Jeder Tag wird zu einem Check-in mit dem Durchschnitt der Stimmungen dieses Tages. Deine Auswahl wird für den nächsten Import gespeichert.</translation>
    </message>
    <message>
        <source>How to import</source>
        <translation>Art des Imports</translation>
    </message>
    <message>
        <source>&amp;Add what is not here yet (nothing is changed or removed)</source>
        <translation>&amp;Hinzufügen, was noch fehlt (nichts wird geändert oder entfernt)</translation>
    </message>
    <message>
        <source>&amp;Replace all my data and settings with the file&apos;s</source>
        <translation>Alle meine Daten und Einstellungen durch die der Datei &amp;ersetzen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Holdfast or Daylio exports (*.json *.csv);;All files (*)</source>
        <translation>Holdfast- oder Daylio-Exporte (*.json *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was changed.</source>
        <translation>Diese Datei kann nicht importiert werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>A Holdfast export.</source>
        <translation>Ein Holdfast-Export.</translation>
    </message>
    <message numerus="yes">
        <source>A Daylio export with %n entry(s).</source>
        <translation>
            <numerusform>Ein Daylio-Export mit %n Eintrag.</numerusform>
            <numerusform>Ein Daylio-Export mit %n Einträgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Place of the Daylio mood “%1” on the scale</source>
        <translation>Platz der Daylio-Stimmung „%1“ auf der Skala</translation>
    </message>
    <message>
        <source>Choose a place on the scale for every mood to see what will be imported.</source>
        <translation>Wähle für jede Stimmung einen Platz auf der Skala, um zu sehen, was importiert wird.</translation>
    </message>
    <message>
        <source>Everything stored now will be replaced by: %1.</source>
        <translation>Alles bisher Gespeicherte wird ersetzt durch: %1.</translation>
    </message>
    <message>
        <source>Ready to add: %1.</source>
        <translation>Bereit zum Hinzufügen: %1.</translation>
    </message>
    <message>
        <source>Already here, so left out: %1.</source>
        <translation>Schon vorhanden, daher ausgelassen: %1.</translation>
    </message>
    <message>
        <source>Replace all your data?</source>
        <translation>Alle deine Daten ersetzen?</translation>
    </message>
    <message>
        <source>Replace everything</source>
        <translation>Alles ersetzen</translation>
    </message>
    <message>
        <source>Keep my data</source>
        <translation>Meine Daten behalten</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Importiert: %1.</translation>
    </message>
    <message>
        <source>This file holds no records, so replacing removes everything stored in Holdfast now (%1), and your settings become the file&apos;s.</source>
        <translation>Diese Datei enthält keine Datensätze, daher entfernt das Ersetzen alles, was jetzt in Holdfast gespeichert ist (%1), und für deine Einstellungen gelten dann die der Datei.</translation>
    </message>
    <message>
        <source>Everything stored in Holdfast now, and your settings, will be replaced by the file&apos;s.</source>
        <translation>Alles, was jetzt in Holdfast gespeichert ist, und deine Einstellungen werden durch den Inhalt der Datei ersetzt.</translation>
    </message>
    <message>
        <source>A backup of what is here now is taken first; Settings, Backups can bring it back.</source>
        <translation>Vorher wird der jetzige Stand gesichert; über Einstellungen, Sicherungen kannst du ihn zurückholen.</translation>
    </message>
    <message>
        <source>Replaced: removed %1, imported %2.</source>
        <translation>Ersetzt. Entfernt: %1; importiert: %2.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::IntensitySlider</name>
    <message>
        <source>0 · calm</source>
        <translation>0 · ruhig</translation>
    </message>
    <message>
        <source>10 · overwhelming</source>
        <translation>10 · überwältigend</translation>
    </message>
    <message>
        <source>Rated %1 out of 10</source>
        <translation>Bewertet mit %1 von 10</translation>
    </message>
    <message>
        <source>Last rated %1 out of 10. Use the arrow keys or type a number to rate again.</source>
        <translation>Zuletzt mit %1 von 10 bewertet. Mit den Pfeiltasten oder einer Zahl kannst du neu bewerten.</translation>
    </message>
    <message>
        <source>–</source>
        <comment>not rated yet</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>Not rated yet. Use the arrow keys or type a number from 0 to 10.</source>
        <translation>Noch nicht bewertet. Nutze die Pfeiltasten oder gib eine Zahl von 0 bis 10 ein.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::JournalEntriesView</name>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Start a new entry (%1)</source>
        <translation>Neuen Eintrag beginnen (%1)</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Tagebucheinträge</translation>
    </message>
    <message>
        <source>Nothing matches. Try other words or fewer filters.</source>
        <translation>Nichts gefunden. Versuch andere Wörter oder weniger Filter.</translation>
    </message>
    <message>
        <source>Your entries will appear here. Write as much or as little as you like.</source>
        <translation>Hier erscheinen deine Einträge. Schreib so viel oder so wenig, wie du möchtest.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n entries. Search or pick dates to find older ones.</source>
        <translation>
            <numerusform>Der neueste %n Eintrag wird angezeigt. Suche oder wähle Daten, um ältere zu finden.</numerusform>
            <numerusform>Die neuesten %n Einträge werden angezeigt. Suche oder wähle Daten, um ältere zu finden.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no words yet)</source>
        <translation>(noch keine Worte)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, mood %2: %3</source>
        <translation>%1, Stimmung %2: %3</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Delete this entry from %1? It cannot be brought back.</source>
        <translation>Diesen Eintrag vom %1 löschen? Er kann nicht wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::JournalEntryEditor</name>
    <message>
        <source>Delete entry…</source>
        <translation>Eintrag löschen…</translation>
    </message>
    <message>
        <source>Deletes this entry after asking you</source>
        <translation>Löscht diesen Eintrag nach einer Rückfrage</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Tagebucheintrag</translation>
    </message>
    <message>
        <source>Write whatever is on your mind. Plain words are fine; Markdown works too. It stays on this computer.</source>
        <translation>Schreib, was dich gerade beschäftigt. Einfache Worte genügen; Markdown geht auch. Es bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Schlagwörter</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>e.g. walk, friends, sleep</source>
        <translation>z. B. Spaziergang, Freunde, Schlaf</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>Schlagwörter mit Kommas trennen</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>New entry · %1</source>
        <translation>Neuer Eintrag · %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::JournalFilterBar</name>
    <message>
        <source>Search your journal</source>
        <translation>Dein Tagebuch durchsuchen</translation>
    </message>
    <message>
        <source>Show entries with this tag</source>
        <translation>Einträge mit diesem Schlagwort anzeigen</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <source>Show entries with this mood</source>
        <translation>Einträge mit dieser Stimmung anzeigen</translation>
    </message>
    <message>
        <source>Any mood</source>
        <translation>Jede Stimmung</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Jedes Datum</translation>
    </message>
    <message>
        <source>Untick to show only entries between two dates</source>
        <translation>Abwählen, um nur Einträge zwischen zwei Daten anzuzeigen</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between two dates</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::JournalPage</name>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Journal folders</source>
        <translation>Tagebuchordner</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Unsent messages</source>
        <translation>Ungesendete Nachrichten</translation>
    </message>
    <message>
        <source>What you wrote to them instead of sending it</source>
        <translation>Was du der Person geschrieben hast, statt es zu senden</translation>
    </message>
    <message>
        <source>Read it again</source>
        <translation>Noch einmal lesen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>You wrote an unsent message yesterday. Want to read it again with today&apos;s eyes?</source>
        <translation>Du hast gestern eine ungesendete Nachricht geschrieben. Möchtest du sie mit dem Blick von heute noch einmal lesen?</translation>
    </message>
    <message numerus="yes">
        <source>You wrote %n unsent messages yesterday. Want to read them again with today&apos;s eyes?</source>
        <translation>
            <numerusform>Du hast gestern %n ungesendete Nachricht geschrieben. Möchtest du sie mit dem Blick von heute noch einmal lesen?</numerusform>
            <numerusform>Du hast gestern %n ungesendete Nachrichten geschrieben. Möchtest du sie mit dem Blick von heute noch einmal lesen?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::JournalPromptPanel</name>
    <message>
        <source>Need a place to start?</source>
        <translation>Brauchst du einen Anfang?</translation>
    </message>
    <message>
        <source>Other prompts</source>
        <translation>Andere Anregungen</translation>
    </message>
    <message>
        <source>Shows different writing prompts</source>
        <translation>Zeigt andere Schreibanregungen</translation>
    </message>
    <message>
        <source>Starts your entry with this question</source>
        <translation>Beginnt deinen Eintrag mit dieser Frage</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::LockScreen</name>
    <message>
        <source>Holdfast is locked</source>
        <translation>Holdfast ist gesperrt</translation>
    </message>
    <message>
        <source>What you wrote is protected with your passphrase. Type it to open your journal and plan.</source>
        <translation>Was du geschrieben hast, ist mit deiner Passphrase geschützt. Gib sie ein, um dein Tagebuch und deinen Plan zu öffnen.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Crisis help (%1)</source>
        <translation>Krisenhilfe (%1)</translation>
    </message>
    <message>
        <source>Crisis help</source>
        <translation>Krisenhilfe</translation>
    </message>
    <message>
        <source>Shows where to get help right away</source>
        <translation>Zeigt, wo du sofort Hilfe bekommst</translation>
    </message>
    <message>
        <source>“I want to text my ex” works while Holdfast is locked.</source>
        <translation>„Ich will meiner Ex-Person schreiben“ funktioniert auch, während Holdfast gesperrt ist.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Gib zuerst deine Passphrase ein.</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Deine Daten werden geöffnet…</translation>
    </message>
    <message>
        <source>That passphrase did not open your data. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Mit dieser Passphrase ließen sich deine Daten nicht öffnen. Prüfe die Feststelltaste und das Tastaturlayout und versuch es dann noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>Take a breath. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Atme kurz durch. Du kannst es in %n Sekunde noch einmal versuchen.</numerusform>
            <numerusform>Atme kurz durch. Du kannst es in %n Sekunden noch einmal versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>“%1” works while this is locked.</source>
        <translation>„%1“ funktioniert auch, solange gesperrt ist.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::LogContactDialog</name>
    <message>
        <source>Log contact</source>
        <translation>Kontakt eintragen</translation>
    </message>
    <message>
        <source>Contact you need to have, about children, work or shared things, is kept here and in your review. It doesn&apos;t end your stretch.</source>
        <translation>Kontakt, den du haben musst, wegen Kindern, Arbeit oder Gemeinsamem, wird hier und in deinem Rückblick festgehalten. Er beendet deine Strecke nicht.</translation>
    </message>
    <message>
        <source>What was it about?</source>
        <translation>Worum ging es?</translation>
    </message>
    <message>
        <source>&amp;Logistics only</source>
        <translation>Nur &amp;Organisatorisches</translation>
    </message>
    <message>
        <source>It went &amp;past logistics</source>
        <translation>Es ging &amp;darüber hinaus</translation>
    </message>
    <message>
        <source>Who started it?</source>
        <translation>Wer hat angefangen?</translation>
    </message>
    <message>
        <source>&amp;They did</source>
        <translation>&amp;Sie</translation>
    </message>
    <message>
        <source>&amp;I did</source>
        <translation>&amp;Ich</translation>
    </message>
    <message>
        <source>I replie&amp;d</source>
        <translation>Ich habe &amp;geantwortet</translation>
    </message>
    <message>
        <source>Ho&amp;w:</source>
        <translation>&amp;Wie:</translation>
    </message>
    <message>
        <source>For example: pick-up moved to 5 pm</source>
        <translation>Zum Beispiel: Abholen erst um 17 Uhr</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Notiz (optional):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <source>This is not saved yet. Everything you entered is still here.</source>
        <translation>Das ist noch nicht gespeichert. Alles, was du eingegeben hast, ist noch da.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>the message after logging, then its detail</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::LookBackCard</name>
    <message>
        <source>Evening look back</source>
        <translation>Tagesabschluss</translation>
    </message>
    <message>
        <source>An easy day (1 of 5)</source>
        <translation>Ein leichter Tag (1 von 5)</translation>
    </message>
    <message>
        <source>A fairly easy day (2 of 5)</source>
        <translation>Ein eher leichter Tag (2 von 5)</translation>
    </message>
    <message>
        <source>A middling day (3 of 5)</source>
        <translation>Ein mittlerer Tag (3 von 5)</translation>
    </message>
    <message>
        <source>A hard day (4 of 5)</source>
        <translation>Ein schwerer Tag (4 von 5)</translation>
    </message>
    <message>
        <source>A very hard day (5 of 5)</source>
        <translation>Ein sehr schwerer Tag (5 von 5)</translation>
    </message>
    <message>
        <source>Tonight&apos;s look back</source>
        <translation>Dein Tagesabschluss heute</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Heute: %1</translation>
    </message>
    <message>
        <source>Change tonight&apos;s look back…</source>
        <translation>Tagesabschluss ändern…</translation>
    </message>
    <message>
        <source>How was today? A minute to close the day before you sleep.</source>
        <translation>Wie war heute? Eine Minute, um den Tag abzuschließen, bevor du schläfst.</translation>
    </message>
    <message>
        <source>Look back on today…</source>
        <translation>Den Tag abschließen…</translation>
    </message>
    <message>
        <source>From last night</source>
        <translation>Von gestern Abend</translation>
    </message>
    <message>
        <source>What helped: %1</source>
        <translation>Was geholfen hat: %1</translation>
    </message>
    <message>
        <source>For tomorrow: %1</source>
        <translation>Für morgen: %1</translation>
    </message>
    <message>
        <source>Yesterday was an easy day (1 of 5).</source>
        <translation>Gestern war ein leichter Tag (1 von 5).</translation>
    </message>
    <message>
        <source>Yesterday was a fairly easy day (2 of 5).</source>
        <translation>Gestern war ein eher leichter Tag (2 von 5).</translation>
    </message>
    <message>
        <source>Yesterday was a middling day (3 of 5).</source>
        <translation>Gestern war ein mittlerer Tag (3 von 5).</translation>
    </message>
    <message>
        <source>Yesterday was hard (4 of 5). You got through it.</source>
        <translation>Gestern war schwer (4 von 5). Du bist durchgekommen.</translation>
    </message>
    <message>
        <source>Yesterday was very hard (5 of 5). You got through it.</source>
        <translation>Gestern war sehr schwer (5 von 5). Du bist durchgekommen.</translation>
    </message>
    <message>
        <source>Your line for today: %1</source>
        <extracomment>the line the person wrote last night for the day after; &quot;tomorrow&quot; tonight, &quot;today&quot; the next morning</extracomment>
        <translation>Deine Zeile für heute: %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::LookBackDialog</name>
    <message>
        <source>Evening look back</source>
        <translation>Tagesabschluss</translation>
    </message>
    <message>
        <source>How was today?</source>
        <translation>Wie war heute?</translation>
    </message>
    <message>
        <source>A minute to close the day. Only the first question needs an answer.</source>
        <translation>Eine Minute, um den Tag abzuschließen. Nur die erste Frage braucht eine Antwort.</translation>
    </message>
    <message>
        <source>How hard was today</source>
        <translation>Wie schwer war heute</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Very hard</source>
        <translation>Sehr schwer</translation>
    </message>
    <message>
        <source>How &amp;hard was today?</source>
        <translation>Wie &amp;schwer war der Tag?</translation>
    </message>
    <message>
        <source>One thing that helped</source>
        <translation>Eine Sache, die geholfen hat</translation>
    </message>
    <message>
        <source>For example: a walk after dinner</source>
        <translation>Zum Beispiel: ein Spaziergang nach dem Essen</translation>
    </message>
    <message>
        <source>One thing that he&amp;lped:</source>
        <translation>Eine Sache, die &amp;geholfen hat:</translation>
    </message>
    <message>
        <source>One line for tomorrow</source>
        <translation>Eine Zeile für morgen</translation>
    </message>
    <message>
        <source>For example: phone stays in the kitchen tonight</source>
        <translation>Zum Beispiel: Das Handy bleibt heute Nacht in der Küche</translation>
    </message>
    <message>
        <source>One line for &amp;tomorrow:</source>
        <translation>Eine Zeile für &amp;morgen:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>S&amp;peichern</translation>
    </message>
    <message>
        <source>&amp;Not tonight</source>
        <translation>&amp;Heute nicht</translation>
    </message>
    <message>
        <source>This is not saved yet. Everything you wrote is still here.</source>
        <translation>Das ist noch nicht gespeichert. Alles, was du geschrieben hast, ist noch da.</translation>
    </message>
    <message>
        <source>Keep what you wrote tonight?</source>
        <translation>Behalten, was du heute Abend geschrieben hast?</translation>
    </message>
    <message>
        <source>&amp;Keep writing</source>
        <translation>&amp;Weiterschreiben</translation>
    </message>
    <message>
        <source>&amp;Save it</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>To save it, first say how hard today was.</source>
        <translation>Um es zu speichern, sag zuerst, wie schwer heute war.</translation>
    </message>
    <message>
        <source>&amp;Let it go</source>
        <translation>&amp;Loslassen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>Say how hard today was first, then save. The rest can stay empty.</source>
        <translation>Sag zuerst, wie schwer der Tag war, dann speichern. Der Rest darf leer bleiben.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::LookBackWeekCard</name>
    <message>
        <source>The week&apos;s evening look backs</source>
        <translation>Die Tagesabschlüsse der Woche</translation>
    </message>
    <message>
        <source>How hard each day was</source>
        <translation>Wie schwer jeder Tag war</translation>
    </message>
    <message>
        <source>• %1</source>
        <comment>a line in the list of what helped</comment>
        <translation>• %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::MainWindow</name>
    <message>
        <source>Holdfast</source>
        <translation>Holdfast</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>I want to text my ex</source>
        <translation>Ich will meiner Ex-Person schreiben</translation>
    </message>
    <message>
        <source>Opens a short exercise that helps you ride out the urge</source>
        <translation>Öffnet eine kurze Übung, die dir hilft, den Impuls auszuhalten</translation>
    </message>
    <message>
        <source>Ride out the urge (%1)</source>
        <translation>Den Impuls aushalten (%1)</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>Demnächst verfügbar</translation>
    </message>
    <message>
        <source>Your check-in could not be saved, so Holdfast stays open and keeps it.</source>
        <translation>Dein Check-in konnte nicht gespeichert werden, daher bleibt Holdfast geöffnet und behält ihn.</translation>
    </message>
    <message>
        <source>Your journal entry could not be saved, so Holdfast stays open and keeps it.</source>
        <translation>Dein Tagebucheintrag konnte nicht gespeichert werden, daher bleibt Holdfast geöffnet und behält ihn.</translation>
    </message>
    <message>
        <source>The screen says what went wrong. Try again in a moment.</source>
        <translation>Die Ansicht zeigt, was schiefgegangen ist. Versuche es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Your check-in is not saved yet: it needs a number for your mood and your sleep.</source>
        <translation>Dein Check-in ist noch nicht gespeichert: Er braucht eine Zahl für deine Stimmung und deinen Schlaf.</translation>
    </message>
    <message>
        <source>Close Holdfast without it?</source>
        <translation>Holdfast ohne den Check-in schließen?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Close without it</source>
        <translation>Ohne Check-in schließen</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>&amp;About Holdfast</source>
        <translation>Ü&amp;ber Holdfast</translation>
    </message>
    <message>
        <source>Locks when encrypted and hides the window at once</source>
        <translation>Sperrt, wenn verschlüsselt, und blendet das Fenster sofort aus</translation>
    </message>
    <message>
        <source>Locks Holdfast when it is encrypted and hides it at once</source>
        <translation>Sperrt Holdfast, wenn es verschlüsselt ist, und blendet es sofort aus</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::MilestoneCard</name>
    <message>
        <source>Next milestone</source>
        <translation>Nächster Meilenstein</translation>
    </message>
    <message>
        <source>Progress to the next milestone</source>
        <translation>Fortschritt bis zum nächsten Meilenstein</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of the way</source>
        <translation>%1 % geschafft</translation>
    </message>
    <message>
        <source>Your first milestone is one day away once you start.</source>
        <translation>Sobald du anfängst, ist dein erster Meilenstein nur einen Tag entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%n more day(s) to go</source>
        <translation>
            <numerusform>Noch %n Tag</numerusform>
            <numerusform>Noch %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You reached %n day(s) without personal contact. Take a quiet moment to notice that.</source>
        <translation>
            <numerusform>Du hast %n Tag ohne persönlichen Kontakt geschafft. Nimm dir einen stillen Moment, um das zu sehen.</numerusform>
            <numerusform>Du hast %n Tage ohne persönlichen Kontakt geschafft. Nimm dir einen stillen Moment, um das zu sehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You reached %n day(s) without contact. Take a quiet moment to notice that.</source>
        <translation>
            <numerusform>Du hast %n Tag ohne Kontakt erreicht. Nimm dir einen ruhigen Moment, um das wahrzunehmen.</numerusform>
            <numerusform>Du hast %n Tage ohne Kontakt erreicht. Nimm dir einen ruhigen Moment, um das wahrzunehmen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::MoodPicker</name>
    <message>
        <source>Mood: %1 (click again to clear)</source>
        <translation>Stimmung: %1 (zum Zurücksetzen erneut klicken)</translation>
    </message>
    <message>
        <source>Mood %1 of 5, %2</source>
        <translation>Stimmung %1 von 5, %2</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::OnboardingDialog</name>
    <message>
        <source>Welcome to Holdfast</source>
        <translation>Willkommen bei Holdfast</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Holdfast helps you keep no contact after a breakup. It counts the time since you last reached out, walks you through the urge when it comes, and shows you week by week that the urges pass.</source>
        <translation>Holdfast hilft dir, nach einer Trennung keinen Kontakt aufzunehmen. Es zählt die Zeit seit deinem letzten Kontakt, begleitet dich durch den Impuls, wenn er kommt, und zeigt dir Woche für Woche, dass die Impulse vergehen.</translation>
    </message>
    <message>
        <source>Everything stays on this computer. No account, no internet, nobody else sees it.</source>
        <translation>Alles bleibt auf diesem Computer. Kein Konto, kein Internet, niemand sonst sieht es.</translation>
    </message>
    <message>
        <source>A few questions help Holdfast fit you. Each one can be skipped, and you can change every answer later.</source>
        <translation>Ein paar Fragen helfen Holdfast, zu dir zu passen. Du kannst jede überspringen und jede Antwort später ändern.</translation>
    </message>
    <message>
        <source>When did the breakup happen?</source>
        <translation>Wann war die Trennung?</translation>
    </message>
    <message>
        <source>Holdfast uses it to show how far you have come.</source>
        <translation>Holdfast zeigt dir damit, wie weit du schon gekommen bist.</translation>
    </message>
    <message>
        <source>Breakup date</source>
        <translation>Datum der Trennung</translation>
    </message>
    <message>
        <source>&amp;Breakup date:</source>
        <translation>Datum der &amp;Trennung:</translation>
    </message>
    <message>
        <source>When did you last reach out to them?</source>
        <translation>Wann hast du dich zuletzt gemeldet?</translation>
    </message>
    <message>
        <source>Your no-contact time counts from here. If you haven&apos;t reached out since the breakup, leave the breakup date.</source>
        <translation>Ab hier zählt deine Zeit ohne Kontakt. Wenn du dich seit der Trennung nicht gemeldet hast, lass das Datum der Trennung stehen.</translation>
    </message>
    <message>
        <source>The last time you reached out</source>
        <translation>Das letzte Mal, dass du dich gemeldet hast</translation>
    </message>
    <message>
        <source>&amp;Last time I reached out:</source>
        <translation>Zu&amp;letzt gemeldet:</translation>
    </message>
    <message>
        <source>Why did you choose no contact?</source>
        <translation>Warum hast du dich gegen den Kontakt entschieden?</translation>
    </message>
    <message>
        <source>Write up to three reasons in your own words. Holdfast shows them to you when the urge hits.</source>
        <translation>Schreib bis zu drei Gründe in deinen eigenen Worten auf. Holdfast zeigt sie dir, wenn der Impuls kommt.</translation>
    </message>
    <message>
        <source>Reason %1</source>
        <translation>Grund %1</translation>
    </message>
    <message>
        <source>A reason, in your own words</source>
        <translation>Ein Grund, in deinen eigenen Worten</translation>
    </message>
    <message>
        <source>Reason &amp;%1:</source>
        <translation>Grund &amp;%1:</translation>
    </message>
    <message>
        <source>Who can you call instead?</source>
        <translation>Wen kannst du stattdessen anrufen?</translation>
    </message>
    <message>
        <source>One person you trust, for when it gets hard. You can add more later.</source>
        <translation>Ein Mensch, dem du vertraust, für schwere Momente. Weitere kannst du später hinzufügen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>A friend or family member</source>
        <translation>Jemand aus Freundeskreis oder Familie</translation>
    </message>
    <message>
        <source>Phone number or handle</source>
        <translation>Telefonnummer oder Benutzername</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Phone or handle:</source>
        <translation>&amp;Telefon oder Benutzername:</translation>
    </message>
    <message>
        <source>You&apos;re set</source>
        <translation>Alles bereit</translation>
    </message>
    <message>
        <source>When the urge to reach out comes, press “I want to text my ex” (%1). Holdfast walks you through it.</source>
        <translation>Wenn der Impuls kommt, dich zu melden, drück auf „Ich will meiner Ex-Person schreiben“ (%1). Holdfast begleitet dich hindurch.</translation>
    </message>
    <message>
        <source>You can change everything later: reasons and people under Plan, your dates under Settings.</source>
        <translation>Du kannst später alles ändern: Gründe und Menschen unter „Plan“, deine Daten unter „Einstellungen“.</translation>
    </message>
    <message>
        <source>Skip setup</source>
        <translation>Einrichtung überspringen</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Vorerst überspringen</translation>
    </message>
    <message>
        <source>Get started</source>
        <translation>Los geht’s</translation>
    </message>
    <message>
        <source>Start using Holdfast</source>
        <translation>Holdfast verwenden</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Encrypting your data… This takes a moment.</source>
        <translation>Deine Daten werden verschlüsselt… Das dauert einen Moment.</translation>
    </message>
    <message>
        <source>Protect what I &amp;write with a passphrase (optional)</source>
        <translation>Was ich &amp;schreibe, mit einer Passphrase schützen (optional)</translation>
    </message>
    <message>
        <source>Holdfast is a self-help tool, not therapy. If you are in crisis, press %1 or “Crisis help” below, at any time, to see where to get help.</source>
        <translation>Holdfast ist ein Selbsthilfe-Werkzeug, keine Therapie. Wenn du in einer Krise bist, drück jederzeit %1 oder unten „Krisenhilfe“, um zu sehen, wo du Hilfe bekommst.</translation>
    </message>
    <message>
        <source>If it ever gets too much</source>
        <translation>Falls es einmal zu viel wird</translation>
    </message>
    <message>
        <source>Crisis help (%1) shows the emergency number and crisis lines for your country, and the person you named. If you have a line of your own, such as your doctor or a local service, add it here: it is shown beside them, never instead of them.</source>
        <translation>Die Krisenhilfe (%1) zeigt die Notrufnummer und Krisentelefone deines Landes und die Person, die du genannt hast. Wenn du eine eigene Nummer hast, etwa deine Ärztin, deinen Arzt oder eine Stelle in deiner Nähe, trag sie hier ein: Sie steht dann daneben, nie an ihrer Stelle.</translation>
    </message>
    <message>
        <source>Your own crisis line</source>
        <translation>Deine eigene Krisennummer</translation>
    </message>
    <message>
        <source>A number of your own (optional)</source>
        <translation>Eine eigene Nummer (freiwillig)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Your own line:</source>
        <translation>&amp;Deine eigene Nummer:</translation>
    </message>
    <message>
        <source>Do you still need to be in touch, for children, work or shared things?</source>
        <translation>Musst du noch in Kontakt bleiben, wegen Kindern, Arbeit oder Gemeinsamem?</translation>
    </message>
    <message>
        <source>Then Holdfast counts days without personal contact. Messages you mark as logistics, like pick-up times, are kept but don&apos;t end your stretch.</source>
        <translation>Dann zählt Holdfast Tage ohne persönlichen Kontakt. Nachrichten, die du als organisatorisch markierst, etwa Abholzeiten, bleiben festgehalten, beenden deine Strecke aber nicht.</translation>
    </message>
    <message>
        <source>&amp;No, I can keep no contact</source>
        <translation>&amp;Nein, ich kann ganz ohne Kontakt bleiben</translation>
    </message>
    <message>
        <source>&amp;Yes, I still need some contact</source>
        <translation>&amp;Ja, ich brauche noch etwas Kontakt</translation>
    </message>
    <message>
        <source>You can change this any time in Settings.</source>
        <translation>Du kannst das jederzeit in den Einstellungen ändern.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PlanPage</name>
    <message>
        <source>Your plan</source>
        <translation>Dein Plan</translation>
    </message>
    <message>
        <source>What you decided on a calm day, ready for the hard ones.</source>
        <translation>Was du an einem ruhigen Tag entschieden hast – bereit für die schweren.</translation>
    </message>
    <message>
        <source>Plan sections</source>
        <translation>Plan-Abschnitte</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PlanSection</name>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the selected item (Enter)</source>
        <translation>Ausgewählten Eintrag bearbeiten (Eingabetaste)</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected item (Delete)</source>
        <translation>Ausgewählten Eintrag entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected item up (%1)</source>
        <translation>Ausgewählten Eintrag nach oben verschieben (%1)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected item down (%1)</source>
        <translation>Ausgewählten Eintrag nach unten verschieben (%1)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Edit the selected item</source>
        <translation>Den gewählten Eintrag bearbeiten</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PrivacyPanel</name>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>Nach so vielen Minuten ohne Nutzung sperren</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>&amp;Lock after no use for:</source>
        <translation>&amp;Sperren nach Inaktivität von:</translation>
    </message>
    <message>
        <source>Protect what you write with a passphrase</source>
        <translation>Was du schreibst, mit einer Passphrase schützen</translation>
    </message>
    <message>
        <source>Your journal, unsent messages, notes, reasons and the names in your plan are then stored encrypted. Holdfast asks for the passphrase each time it starts.</source>
        <translation>Dein Tagebuch, ungesendete Nachrichten, Notizen, Gründe und die Namen in deinem Plan werden dann verschlüsselt gespeichert. Holdfast fragt bei jedem Start nach der Passphrase.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Turn on encryption</source>
        <translation>&amp;Verschlüsselung einschalten</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>A&amp;ktuelle Passphrase:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>Wi&amp;ederholen:</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>Passphrase än&amp;dern</translation>
    </message>
    <message>
        <source>Turn encryption off</source>
        <translation>Verschlüsselung ausschalten</translation>
    </message>
    <message>
        <source>What you wrote is then stored as plain text again, protected only by your account on this computer.</source>
        <translation>Was du geschrieben hast, wird dann wieder als Klartext gespeichert, nur durch dein Benutzerkonto auf diesem Computer geschützt.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <source>Turn encryption &amp;off</source>
        <translation>Verschlüsselung &amp;ausschalten</translation>
    </message>
    <message>
        <source>Encryption is on. What you write is stored encrypted and needs your passphrase.</source>
        <translation>Die Verschlüsselung ist eingeschaltet. Was du schreibst, wird verschlüsselt gespeichert und braucht deine Passphrase.</translation>
    </message>
    <message>
        <source>Encryption is off. What you write is stored as plain text in your data folder, protected by your account on this computer.</source>
        <translation>Die Verschlüsselung ist ausgeschaltet. Was du schreibst, liegt als Klartext in deinem Datenordner, geschützt durch dein Benutzerkonto auf diesem Computer.</translation>
    </message>
    <message>
        <source>Counts time without keyboard or mouse use in Holdfast. %1 locks and hides it at once.</source>
        <translation>Zählt die Zeit ohne Tastatur- oder Mausnutzung in Holdfast. %1 sperrt es und blendet es sofort aus.</translation>
    </message>
    <message>
        <source>Auto-lock needs encryption. %1 still hides Holdfast at once.</source>
        <translation>Automatisches Sperren braucht Verschlüsselung. %1 blendet Holdfast trotzdem sofort aus.</translation>
    </message>
    <message numerus="yes">
        <source>Take a breath. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Atme kurz durch. Du kannst es in %n Sekunde noch einmal versuchen.</numerusform>
            <numerusform>Atme kurz durch. Du kannst es in %n Sekunden noch einmal versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>That passphrase did not match. Nothing was changed.</source>
        <translation>Die Passphrase stimmte nicht. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Encrypting your data… This takes a moment.</source>
        <translation>Deine Daten werden verschlüsselt… Das dauert einen Moment.</translation>
    </message>
    <message>
        <source>Encryption is on. From now on Holdfast asks for your passphrase when it starts.</source>
        <translation>Die Verschlüsselung ist eingeschaltet. Ab jetzt fragt Holdfast beim Start nach deiner Passphrase.</translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>Gib zuerst deine aktuelle Passphrase ein.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Die Passphrase wird geändert…</translation>
    </message>
    <message>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation>Die Passphrase ist geändert. Verwende ab jetzt die neue.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Gib zuerst deine Passphrase ein.</translation>
    </message>
    <message>
        <source>Decrypting your data… This takes a moment.</source>
        <translation>Deine Daten werden entschlüsselt… Das dauert einen Moment.</translation>
    </message>
    <message>
        <source>Encryption is off. Holdfast no longer asks for a passphrase.</source>
        <translation>Die Verschlüsselung ist ausgeschaltet. Holdfast fragt nicht mehr nach einer Passphrase.</translation>
    </message>
    <message>
        <source>&amp;Discreet mode</source>
        <translation>&amp;Diskreter Modus</translation>
    </message>
    <message>
        <source>The panic button&apos;s label in discreet mode</source>
        <translation>Die Beschriftung des Panikknopfs im diskreten Modus</translation>
    </message>
    <message>
        <source>Panic &amp;button label:</source>
        <translation>Beschriftung des Panik&amp;knopfs:</translation>
    </message>
    <message>
        <source>Shows “%1” as the name, a plain notebook in the tray, reminders without words about a breakup, and your counter only when you click. %2 still hides everything at once.</source>
        <translation>Zeigt „%1“ als Namen, ein schlichtes Notizbuch im Infobereich, Erinnerungen ohne Worte über eine Trennung und deinen Zähler erst auf Klick. %2 blendet weiterhin alles sofort aus.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ReasonsSection</name>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>In your own words: why no contact?</source>
        <translation>In deinen eigenen Worten: Warum kein Kontakt?</translation>
    </message>
    <message>
        <source>%1 adds it</source>
        <translation>%1 fügt ihn hinzu</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <source>Why you chose no contact, in your own words. Holdfast shows them to you when the urge hits.</source>
        <translation>Warum du dich gegen den Kontakt entschieden hast, in deinen eigenen Worten. Holdfast zeigt sie dir, wenn der Impuls kommt.</translation>
    </message>
    <message>
        <source>Write down why you chose no contact, in your own words. You&apos;ll see them when the urge hits.</source>
        <translation>Schreib in deinen eigenen Worten auf, warum du dich gegen den Kontakt entschieden hast. Du siehst die Gründe, wenn der Impuls kommt.</translation>
    </message>
    <message>
        <source>Add a reason</source>
        <translation>Grund hinzufügen</translation>
    </message>
    <message>
        <source>Edit this reason</source>
        <translation>Diesen Grund bearbeiten</translation>
    </message>
    <message>
        <source>Add reason</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Your reasons</source>
        <translation>Deine Gründe</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Remove this reason?

“%1”</source>
        <translation>Diesen Grund entfernen?

„%1“</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ReplyTemplates</name>
    <message>
        <source>Thanks, 5 pm works.</source>
        <translation>Danke, 17 Uhr passt.</translation>
    </message>
    <message>
        <source>Please send that by email.</source>
        <translation>Schick mir das bitte per E-Mail.</translation>
    </message>
    <message>
        <source>Noted, thanks.</source>
        <translation>Notiert, danke.</translation>
    </message>
    <message>
        <source>I&apos;ll check and get back to you tomorrow.</source>
        <translation>Ich schaue nach und melde mich morgen.</translation>
    </message>
    <message>
        <source>Let&apos;s keep to what we arranged, please.</source>
        <translation>Lass uns bitte bei dem bleiben, was wir abgemacht haben.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ReplyTemplatesPanel</name>
    <message>
        <source>Neutral &amp;replies</source>
        <translation>Neutrale &amp;Antworten</translation>
    </message>
    <message>
        <source>Copy one and paste it into your message. Holdfast sends nothing. To change a reply, select it and press F2.</source>
        <translation>Kopiere eine und füge sie in deine Nachricht ein. Holdfast sendet nichts. Um eine Antwort zu ändern, wähle sie aus und drücke F2.</translation>
    </message>
    <message>
        <source>Neutral replies</source>
        <translation>Neutrale Antworten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected reply</source>
        <translation>Die ausgewählte Antwort kopieren</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a reply</source>
        <translation>Eine Antwort hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected reply</source>
        <translation>Die ausgewählte Antwort entfernen</translation>
    </message>
    <message>
        <source>Copied: “%1”</source>
        <translation>Kopiert: „%1“</translation>
    </message>
    <message>
        <source>New reply</source>
        <translation>Neue Antwort</translation>
    </message>
    <message>
        <source>Your replies are not saved yet. %1</source>
        <translation>Deine Antworten sind noch nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ReviewPage</name>
    <message>
        <source>Summary of the week</source>
        <translation>Zusammenfassung der Woche</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Wochenrückblick</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>Als &amp;Tabelle zeigen</translation>
    </message>
    <message>
        <source>Show the same figures as tables, for the keyboard and screen readers</source>
        <translation>Dieselben Zahlen als Tabellen zeigen, für Tastatur und Screenreader</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Save this week&apos;s summary and charts as a picture</source>
        <translation>Die Zusammenfassung und Diagramme dieser Woche als Bild speichern</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Als P&amp;DF exportieren…</translation>
    </message>
    <message>
        <source>Save this week as a one-page PDF report</source>
        <translation>Diese Woche als einseitigen PDF-Bericht speichern</translation>
    </message>
    <message>
        <source>Show the week before</source>
        <translation>Die Woche davor zeigen</translation>
    </message>
    <message>
        <source>Show the current week</source>
        <translation>Die aktuelle Woche zeigen</translation>
    </message>
    <message>
        <source>&amp;Next week ›</source>
        <translation>&amp;Nächste Woche ›</translation>
    </message>
    <message>
        <source>Show the week after</source>
        <translation>Die Woche danach zeigen</translation>
    </message>
    <message>
        <source>Show the week of this date</source>
        <translation>Die Woche dieses Datums zeigen</translation>
    </message>
    <message>
        <source>Pick any day to show its week</source>
        <translation>Wähle einen beliebigen Tag, um seine Woche zu zeigen</translation>
    </message>
    <message>
        <source>Selected week: %1</source>
        <translation>Ausgewählte Woche: %1</translation>
    </message>
    <message>
        <source>Show as &amp;charts</source>
        <translation>Als Dia&amp;gramme zeigen</translation>
    </message>
    <message>
        <source>Export the week as PDF</source>
        <translation>Woche als PDF exportieren</translation>
    </message>
    <message>
        <source>Export the week as PNG</source>
        <translation>Woche als PNG exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <source>‹ P&amp;revious week</source>
        <translation>‹ &amp;Vorherige Woche</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Diese &amp;Woche</translation>
    </message>
    <message>
        <source>Contact with them this week: %1 personal, %2 logistics</source>
        <translation>Kontakt mit der Person diese Woche: %1 persönlich, %2 organisatorisch</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::RiskDatesSection</name>
    <message>
        <source>What day is it</source>
        <translation>Was für ein Tag</translation>
    </message>
    <message>
        <source>Their birthday</source>
        <translation>Geburtstag der Person</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Every &amp;year</source>
        <translation>Jedes &amp;Jahr</translation>
    </message>
    <message>
        <source>Your plan for that day</source>
        <translation>Dein Plan für diesen Tag</translation>
    </message>
    <message>
        <source>Spend the day with Alex, phone on silent</source>
        <translation>Den Tag mit Alex verbringen, Handy lautlos</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>Days you know will be hard: their birthday, your anniversary, holidays. Holdfast shows them on your dashboard the week before, with your plan.</source>
        <translation>Tage, von denen du weißt, dass sie schwer werden: der Geburtstag der Person, euer Jahrestag, Feiertage. Holdfast zeigt sie dir eine Woche vorher auf der Übersicht, zusammen mit deinem Plan.</translation>
    </message>
    <message>
        <source>Add the days you know will be hard, and what you will do on them.</source>
        <translation>Trag die Tage ein, von denen du weißt, dass sie schwer werden, und was du an ihnen tun wirst.</translation>
    </message>
    <message>
        <source>Add a hard day</source>
        <translation>Schweren Tag hinzufügen</translation>
    </message>
    <message>
        <source>Edit this day</source>
        <translation>Diesen Tag bearbeiten</translation>
    </message>
    <message>
        <source>Add date</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Your risk dates</source>
        <translation>Deine schweren Tage</translation>
    </message>
    <message>
        <source>Risk dates</source>
        <translation>Schwere Tage</translation>
    </message>
    <message>
        <source>%1 · every year, next on %2</source>
        <translation>%1 · jedes Jahr, nächstes Mal am %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>title · date</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>Remove “%1” from your risk dates?</source>
        <translation>„%1“ aus deinen schweren Tagen entfernen?</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Your dates</source>
        <translation>Deine Daten</translation>
    </message>
    <message>
        <source>Urges and help</source>
        <translation>Impulse und Hilfe</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>&amp;Morning reminder at:</source>
        <translation>&amp;Morgenerinnerung um:</translation>
    </message>
    <message>
        <source>A quiet notification in the morning to check in. Untick to turn it off.</source>
        <translation>Eine leise Benachrichtigung am Morgen zum Einchecken. Abwählen, um sie auszuschalten.</translation>
    </message>
    <message>
        <source>Morning reminder time</source>
        <translation>Uhrzeit der Morgenerinnerung</translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation>Woche beginnt am</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Montag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Sonntag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samstag</translation>
    </message>
    <message>
        <source>&amp;Week starts on:</source>
        <translation>&amp;Woche beginnt am:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language is used the next time you start Holdfast.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von Holdfast verwendet.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Breakup date:</source>
        <translation>Datum der &amp;Trennung:</translation>
    </message>
    <message>
        <source>Untick if you&apos;d rather not keep this date.</source>
        <translation>Abwählen, wenn du dieses Datum lieber nicht speichern möchtest.</translation>
    </message>
    <message>
        <source>Breakup date</source>
        <translation>Datum der Trennung</translation>
    </message>
    <message>
        <source>&amp;Last time I reached out:</source>
        <translation>Zu&amp;letzt gemeldet:</translation>
    </message>
    <message>
        <source>The last time you reached out</source>
        <translation>Das letzte Mal, dass du dich gemeldet hast</translation>
    </message>
    <message>
        <source>Urge timer in minutes</source>
        <translation>Impuls-Timer in Minuten</translation>
    </message>
    <message>
        <source>Urge &amp;timer (minutes):</source>
        <translation>Impuls-&amp;Timer (Minuten):</translation>
    </message>
    <message>
        <source>Urges rise, peak and fall. The timer gives yours the time to pass.</source>
        <translation>Impulse steigen, erreichen ihren Höhepunkt und lassen nach. Der Timer gibt deinen die Zeit, vorbeizugehen.</translation>
    </message>
    <message>
        <source>When they contact me, it only &amp;restarts my count if I replied</source>
        <translation>Wenn die Person sich meldet, startet mein Zähler nur &amp;neu, wenn ich geantwortet habe</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Aufzubewahrende Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Backups to keep:</source>
        <translation>Aufzubewahrende &amp;Sicherungen:</translation>
    </message>
    <message>
        <source>Holdfast makes a backup of your data once a day and keeps the newest ones.</source>
        <translation>Holdfast sichert deine Daten einmal am Tag und behält die neuesten Sicherungen.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>Everything you write stays in this folder on this computer.</source>
        <translation>Alles, was du schreibst, bleibt in diesem Ordner auf diesem Computer.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>If you reached out again, that&apos;s okay: set the time here and start over from there. Your no-contact time counts from the last time you reached out.</source>
        <translation>Wenn du dich wieder gemeldet hast, ist das in Ordnung: Trag den Zeitpunkt hier ein und fang von dort neu an. Deine Zeit ohne Kontakt zählt ab deinem letzten Kontakt.</translation>
    </message>
    <message>
        <source>&amp;Country for crisis lines:</source>
        <translation>&amp;Land für Krisentelefone:</translation>
    </message>
    <message>
        <source>Crisis help (%1) shows this country&apos;s emergency number and crisis lines, or a directory of crisis lines for any other country.</source>
        <translation>Die Krisenhilfe (%1) zeigt die Notrufnummer und die Krisentelefone dieses Landes, für jedes andere Land ein Verzeichnis von Krisentelefonen.</translation>
    </message>
    <message>
        <source>&amp;Your own crisis line:</source>
        <translation>&amp;Deine eigene Krisennummer:</translation>
    </message>
    <message>
        <source>Your own crisis line</source>
        <translation>Deine eigene Krisennummer</translation>
    </message>
    <message>
        <source>A number of your own: your doctor, a therapist, a local service</source>
        <translation>Eine eigene Nummer: deine Arztpraxis, Therapie oder eine Stelle in deiner Nähe</translation>
    </message>
    <message>
        <source>Shown on the crisis card beside the emergency number, never instead of it.</source>
        <translation>Erscheint in der Krisenhilfe neben der Notrufnummer, nie an ihrer Stelle.</translation>
    </message>
    <message>
        <source>Parts of the settings</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <source>L&amp;ow-contact mode: I still need to be in touch</source>
        <translation>&amp;Wenig-Kontakt-Modus: Ich muss noch in Kontakt bleiben</translation>
    </message>
    <message>
        <source>For children, work or shared things. The counter then counts days without personal contact; messages you log as logistics don&apos;t end your stretch.</source>
        <translation>Wegen Kindern, Arbeit oder Gemeinsamem. Der Zähler zählt dann Tage ohne persönlichen Kontakt; Nachrichten, die du als organisatorisch einträgst, beenden deine Strecke nicht.</translation>
    </message>
    <message>
        <source>&amp;Evening look back</source>
        <translation>&amp;Tagesabschluss</translation>
    </message>
    <message>
        <source>One minute before bed: how hard today was, one thing that helped and one line for tomorrow. You see it again the next morning and in your review.</source>
        <translation>Eine Minute vor dem Schlafen: wie schwer der Tag war, eine Sache, die geholfen hat, und eine Zeile für morgen. Du siehst es am nächsten Morgen und in deinem Rückblick wieder.</translation>
    </message>
    <message>
        <source>Evening look back reminder time</source>
        <translation>Uhrzeit der Erinnerung an den Tagesabschluss</translation>
    </message>
    <message>
        <source>Evening &amp;reminder at:</source>
        <translation>&amp;Abenderinnerung um:</translation>
    </message>
    <message>
        <source>A quiet notification in the evening to look back on the day. Untick to turn it off.</source>
        <translation>Eine leise Benachrichtigung am Abend, um den Tag abzuschließen. Zum Ausschalten das Häkchen entfernen.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::SupportPeopleSection</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>A friend or family member</source>
        <translation>Jemand aus Freundeskreis oder Familie</translation>
    </message>
    <message>
        <source>Phone number or handle</source>
        <translation>Telefonnummer oder Benutzername</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Optional: when to call, what helps</source>
        <translation>Optional: wann anrufen, was hilft</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Phone or handle:</source>
        <translation>&amp;Telefon oder Benutzername:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>People you can call or text instead. When the urge comes, Holdfast suggests one of them.</source>
        <translation>Menschen, die du stattdessen anrufen oder anschreiben kannst. Wenn der Impuls kommt, schlägt Holdfast einen davon vor.</translation>
    </message>
    <message>
        <source>Add someone you trust: a friend or family member you can reach when it gets hard.</source>
        <translation>Füge jemanden hinzu, dem du vertraust: jemanden aus Freundeskreis oder Familie, den du erreichen kannst, wenn es schwer wird.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Edit this person</source>
        <translation>Diese Person bearbeiten</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Your support people</source>
        <translation>Deine Vertrauenspersonen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Menschen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>name · phone number</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Remove %1 from your support people?</source>
        <translation>%1 aus deinen Vertrauenspersonen entfernen?</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::TrayIcon</name>
    <message>
        <source>I want to text my ex</source>
        <translation>Ich will meiner Ex-Person schreiben</translation>
    </message>
    <message>
        <source>Morning check-in</source>
        <translation>Morgen-Check-in</translation>
    </message>
    <message>
        <source>Open Holdfast</source>
        <translation>Holdfast öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Holdfast</source>
        <translation>Holdfast</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Guten Morgen</translation>
    </message>
    <message>
        <source>How did you sleep? Your morning check-in takes a minute.</source>
        <translation>Wie hast du geschlafen? Dein Morgen-Check-in dauert eine Minute.</translation>
    </message>
    <message>
        <source>Crisis help</source>
        <translation>Krisenhilfe</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Evening look back</source>
        <translation>Tagesabschluss</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Guten Abend</translation>
    </message>
    <message>
        <source>How was today? A minute to look back before you sleep.</source>
        <translation>Wie war heute? Eine Minute für einen Blick zurück, bevor du schläfst.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::UnlockDialog</name>
    <message>
        <source>Unlock Holdfast</source>
        <translation>Holdfast entsperren</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::UnsentMessagesView</name>
    <message>
        <source>New unsent message</source>
        <translation>Neue ungesendete Nachricht</translation>
    </message>
    <message>
        <source>Write to them here instead of sending it. It is never sent.</source>
        <translation>Schreib der Person hier, statt es abzuschicken. Es wird nie gesendet.</translation>
    </message>
    <message>
        <source>Unsent messages</source>
        <translation>Ungesendete Nachrichten</translation>
    </message>
    <message>
        <source>When you want to tell them something, you can write it here instead. Nothing in this folder is ever sent.</source>
        <translation>Wenn du der Person etwas sagen möchtest, kannst du es stattdessen hier aufschreiben. Nichts in diesem Ordner wird jemals gesendet.</translation>
    </message>
    <message>
        <source>Delete message…</source>
        <translation>Nachricht löschen…</translation>
    </message>
    <message>
        <source>Deletes this unsent message after asking you</source>
        <translation>Löscht diese ungesendete Nachricht nach einer Rückfrage</translation>
    </message>
    <message>
        <source>Unsent message</source>
        <translation>Ungesendete Nachricht</translation>
    </message>
    <message>
        <source>Write what you would like to tell them, or ask them. Say it all; they will never see it.</source>
        <translation>Schreib, was du der Person sagen oder sie fragen möchtest. Sag alles; sie wird es nie sehen.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>This stays here. It is never sent to anyone.</source>
        <translation>Das bleibt hier. Es wird nie an jemanden gesendet.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>You wrote this yesterday. Reading it again with today&apos;s eyes can show how far you have come.</source>
        <translation>Das hast du gestern geschrieben. Es mit dem Blick von heute noch einmal zu lesen, kann zeigen, wie weit du gekommen bist.</translation>
    </message>
    <message numerus="yes">
        <source>You wrote this %n days ago. It was never sent.</source>
        <translation>
            <numerusform>Das hast du vor %n Tag geschrieben. Es wurde nie gesendet.</numerusform>
            <numerusform>Das hast du vor %n Tagen geschrieben. Es wurde nie gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Nachricht löschen</translation>
    </message>
    <message>
        <source>Delete this unsent message? It cannot be brought back.</source>
        <translation>Diese ungesendete Nachricht löschen? Sie kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>(no words yet)</source>
        <translation>(noch keine Worte)</translation>
    </message>
    <message>
        <source>From an urge</source>
        <translation>Aus einem Impuls</translation>
    </message>
    <message>
        <source>Reread</source>
        <translation>Nochmal lesen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::UrgeDialog</name>
    <message>
        <source>Ride out the urge</source>
        <translation>Den Impuls aushalten</translation>
    </message>
    <message>
        <source>Saving problem</source>
        <translation>Problem beim Speichern</translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation>Noch einm&amp;al</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Zurück zum vorigen Schritt</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Diesen Schritt überspringen</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Go straight to the last step</source>
        <translation>Direkt zum letzten Schritt</translation>
    </message>
    <message>
        <source>Crisis &amp;help</source>
        <translation>Krisen&amp;hilfe</translation>
    </message>
    <message>
        <source>Crisis help</source>
        <translation>Krisenhilfe</translation>
    </message>
    <message>
        <source>Shows where to get help right away</source>
        <translation>Zeigt, wo du sofort Hilfe bekommst</translation>
    </message>
    <message>
        <source>How strong is it</source>
        <translation>Wie stark ist es</translation>
    </message>
    <message>
        <source>How strong is the urge right now?</source>
        <translation>Wie stark ist der Impuls gerade?</translation>
    </message>
    <message>
        <source>Urge intensity from 0 to 10</source>
        <translation>Stärke des Impulses von 0 bis 10</translation>
    </message>
    <message>
        <source>What set it off</source>
        <translation>Was es ausgelöst hat</translation>
    </message>
    <message>
        <source>What set it off? Tick any that fit.</source>
        <translation>Was hat es ausgelöst? Kreuze alles an, was passt.</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Anderes…</translation>
    </message>
    <message>
        <source>Something else that set it off</source>
        <translation>Etwas anderes, das es ausgelöst hat</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>In deinen eigenen Worten</translation>
    </message>
    <message>
        <source>HALT check</source>
        <translation>Kurzer Check</translation>
    </message>
    <message>
        <source>Are you…</source>
        <translation>Bist du gerade…</translation>
    </message>
    <message>
        <source>Hungry</source>
        <translation>Hungrig</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>Wütend</translation>
    </message>
    <message>
        <source>Lonely</source>
        <translation>Einsam</translation>
    </message>
    <message>
        <source>Tired</source>
        <translation>Müde</translation>
    </message>
    <message>
        <source>Hunger, anger, loneliness and tiredness make every urge louder. If one fits, looking after it first can take the edge off.</source>
        <translation>Hunger, Wut, Einsamkeit und Müdigkeit machen jeden Impuls lauter. Wenn etwas davon passt, kümmere dich zuerst darum – das nimmt oft schon die Spitze.</translation>
    </message>
    <message>
        <source>Do one thing</source>
        <translation>Tu eine Sache</translation>
    </message>
    <message>
        <source>Pick one small thing and do it now. Action first; the thinking can wait.</source>
        <translation>Such dir eine kleine Sache aus und tu sie jetzt. Erst handeln, nachdenken kann warten.</translation>
    </message>
    <message>
        <source>Your plan for this</source>
        <translation>Dein Plan dafür</translation>
    </message>
    <message>
        <source>Someone on your side</source>
        <translation>Jemand auf deiner Seite</translation>
    </message>
    <message>
        <source>&amp;Copy number</source>
        <translation>Nummer &amp;kopieren</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Or someone else:</source>
        <translation>Oder jemand anderes:</translation>
    </message>
    <message>
        <source>Your support people</source>
        <translation>Deine Vertrauenspersonen</translation>
    </message>
    <message>
        <source>Press Enter to choose the selected person</source>
        <translation>Drück die Eingabetaste, um die ausgewählte Person zu wählen</translation>
    </message>
    <message>
        <source>No one on your list yet. When this wave has passed, add a friend or two under Plan, so they are here next time.</source>
        <translation>Noch niemand auf deiner Liste. Wenn diese Welle vorbei ist, trag unter „Plan“ ein, zwei Menschen ein, die dir nahestehen – dann sind sie beim nächsten Mal hier.</translation>
    </message>
    <message>
        <source>Something to do</source>
        <translation>Etwas zu tun</translation>
    </message>
    <message>
        <source>Or get busy</source>
        <translation>Oder beschäftige dich</translation>
    </message>
    <message>
        <source>Your activities</source>
        <translation>Deine Aktivitäten</translation>
    </message>
    <message>
        <source>Press Enter to choose the selected activity</source>
        <translation>Drück die Eingabetaste, um die ausgewählte Aktivität zu wählen</translation>
    </message>
    <message>
        <source>I&apos;ll do this</source>
        <translation>Das mache ich</translation>
    </message>
    <message>
        <source>Do the selected activity</source>
        <translation>Die ausgewählte Aktivität machen</translation>
    </message>
    <message>
        <source>No activities yet. For now: stand up, drink a glass of water, step outside for a minute. You can add your own under Plan later.</source>
        <translation>Noch keine Aktivitäten. Fürs Erste: Steh auf, trink ein Glas Wasser, geh kurz nach draußen. Eigene kannst du später unter „Plan“ hinzufügen.</translation>
    </message>
    <message>
        <source>Wait it out</source>
        <translation>Abwarten</translation>
    </message>
    <message>
        <source>Urges rise, peak and pass. Breathe with the circle and let the minutes do their work.</source>
        <translation>Impulse steigen, erreichen ihren Höhepunkt und vergehen. Atme mit dem Kreis und lass die Minuten für dich arbeiten.</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n minute(s)</source>
        <translation>
            <numerusform>%n Minute &amp;mehr</numerusform>
            <numerusform>%n Minuten &amp;mehr</numerusform>
        </translation>
    </message>
    <message>
        <source>A reminder</source>
        <translation>Zur Erinnerung</translation>
    </message>
    <message>
        <source>How strong is it now</source>
        <translation>Wie stark ist es jetzt</translation>
    </message>
    <message>
        <source>How strong is it now?</source>
        <translation>Wie stark ist es jetzt?</translation>
    </message>
    <message>
        <source>Urge intensity now, from 0 to 10</source>
        <translation>Stärke des Impulses jetzt, von 0 bis 10</translation>
    </message>
    <message>
        <source>What do you want to tell them?</source>
        <translation>Was möchtest du der Person sagen?</translation>
    </message>
    <message>
        <source>Write it here. It stays here — it is never sent.</source>
        <translation>Schreib es hier auf. Es bleibt hier – es wird nie gesendet.</translation>
    </message>
    <message>
        <source>Your unsent message</source>
        <translation>Deine ungesendete Nachricht</translation>
    </message>
    <message>
        <source>Never sent. Kept in your journal&apos;s unsent folder.</source>
        <translation>Wird nie gesendet. Liegt im Ordner „Ungesendet“ in deinem Tagebuch.</translation>
    </message>
    <message>
        <source>Say everything you want to say.</source>
        <translation>Sag alles, was du sagen willst.</translation>
    </message>
    <message>
        <source>It goes to the unsent folder in your journal, where only you can read it. Tomorrow you may see it differently.</source>
        <translation>Sie kommt in den Ordner „Ungesendet“ in deinem Tagebuch, wo nur du sie lesen kannst. Morgen siehst du sie vielleicht anders.</translation>
    </message>
    <message>
        <source>I didn&apos;t reach out</source>
        <translation>Ich habe mich nicht gemeldet</translation>
    </message>
    <message>
        <source>How strong is it now? (optional)</source>
        <translation>Wie stark ist es jetzt? (optional)</translation>
    </message>
    <message>
        <source>Urge intensity at the end, from 0 to 10</source>
        <translation>Stärke des Impulses am Ende, von 0 bis 10</translation>
    </message>
    <message>
        <source>Finish: you rode out the urge</source>
        <translation>Abschließen: Du hast den Impuls ausgehalten</translation>
    </message>
    <message>
        <source>Something else happened</source>
        <translation>Etwas anderes ist passiert</translation>
    </message>
    <message>
        <source>If you did reach out, or they did, that&apos;s okay. Saying so helps you see what set it off.</source>
        <translation>Wenn du dich gemeldet hast oder die Person sich bei dir, ist das in Ordnung. Es auszusprechen hilft dir zu sehen, was es ausgelöst hat.</translation>
    </message>
    <message>
        <source>I &amp;reached out</source>
        <translation>Ich habe mich &amp;gemeldet</translation>
    </message>
    <message>
        <source>&amp;They contacted me</source>
        <translation>Die Person hat sich gemel&amp;det</translation>
    </message>
    <message>
        <source>Did you reply?</source>
        <translation>Hast du geantwortet?</translation>
    </message>
    <message>
        <source>No, I didn&apos;t reply</source>
        <translation>Nein, ich habe nicht geantwortet</translation>
    </message>
    <message>
        <source>Yes, I replied</source>
        <translation>Ja, ich habe geantwortet</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Was passiert ist (optional)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Thank you for pausing.</source>
        <translation>Danke, dass du innegehalten hast.</translation>
    </message>
    <message>
        <source>Come back whenever you need to.</source>
        <translation>Komm wieder, wann immer du es brauchst.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>Noch %n Minute</numerusform>
            <numerusform>Noch %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Stay with it. You don&apos;t have to do anything else right now.</source>
        <translation>Bleib dabei. Du musst gerade nichts anderes tun.</translation>
    </message>
    <message>
        <source>The timer is done. Notice how the urge feels now.</source>
        <translation>Der Timer ist abgelaufen. Spür nach, wie sich der Impuls jetzt anfühlt.</translation>
    </message>
    <message>
        <source>You wrote: “%1”</source>
        <translation>Du hast geschrieben: „%1“</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Denk daran</translation>
    </message>
    <message>
        <source>Your plan for “%1”: %2</source>
        <translation>Dein Plan für „%1“: %2</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (Vorschlag)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy %1&apos;s contact</source>
        <translation>Kontakt von %1 kopieren</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>%1 anrufen</translation>
    </message>
    <message>
        <source>Send %1 a text message</source>
        <translation>%1 eine SMS schicken</translation>
    </message>
    <message>
        <source>Number copied. Paste it into your phone or messenger.</source>
        <translation>Nummer kopiert. Füg sie in dein Handy oder deinen Messenger ein.</translation>
    </message>
    <message>
        <source>This computer has no app for that. The number is copied, so you can use your phone.</source>
        <translation>Auf diesem Computer gibt es dafür keine App. Die Nummer ist kopiert, du kannst also dein Handy nehmen.</translation>
    </message>
    <message>
        <source>Your one thing: %1.</source>
        <translation>Dein nächster Schritt: %1.</translation>
    </message>
    <message>
        <source>They reached out to you.</source>
        <translation>Die Person hat sich bei dir gemeldet.</translation>
    </message>
    <message>
        <source>If you like, note what happened. It helps you see what set it off next time.</source>
        <translation>Wenn du magst, notiere, was passiert ist. Das hilft dir beim nächsten Mal zu sehen, was es ausgelöst hat.</translation>
    </message>
    <message>
        <source>Did you reply? Either answer is okay.</source>
        <translation>Hast du geantwortet? Beide Antworten sind in Ordnung.</translation>
    </message>
    <message>
        <source>How did you reach out?</source>
        <translation>Wie hast du dich gemeldet?</translation>
    </message>
    <message>
        <source>How did they reach out?</source>
        <translation>Wie hat sich die Person gemeldet?</translation>
    </message>
    <message>
        <source>What happened? (optional)</source>
        <translation>Was ist passiert? (optional)</translation>
    </message>
    <message>
        <source>Anything to remember about it? (optional)</source>
        <translation>Gibt es etwas, das du dir merken möchtest? (optional)</translation>
    </message>
    <message>
        <source>Save: I reached out</source>
        <translation>Speichern: Ich habe mich gemeldet</translation>
    </message>
    <message>
        <source>Save: they contacted me</source>
        <translation>Speichern: Die Person hat sich gemeldet</translation>
    </message>
    <message>
        <source>This is not saved yet. Try again, or close once more to leave without saving it.</source>
        <translation>Das ist noch nicht gespeichert. Versuch es noch einmal oder schließe noch einmal, um ohne Speichern zu gehen.</translation>
    </message>
    <message>
        <source>Opening an app for that. The number is copied too, in case nothing opens.</source>
        <translation>Eine passende App wird geöffnet. Die Nummer ist auch kopiert, falls sich nichts öffnet.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Your people, activities and plans are locked with your passphrase. Unlock to see them, or go on: the next steps work without it.</source>
        <translation>Deine Vertrauenspersonen, Aktivitäten und Pläne sind mit deiner Passphrase gesperrt. Entsperre, um sie zu sehen, oder mach weiter: Die nächsten Schritte gehen auch ohne.</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>E&amp;ntsperren…</translation>
    </message>
    <message>
        <source>Unlock to see your people, activities and plans.</source>
        <translation>Entsperre, um deine Vertrauenspersonen, Aktivitäten und Pläne zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Unlock to save…</source>
        <translation>Zum Speichern e&amp;ntsperren…</translation>
    </message>
    <message>
        <source>Unlock to save what you entered. It stays here until then.</source>
        <translation>Entsperre, um zu speichern, was du eingegeben hast. Bis dahin bleibt es hier.</translation>
    </message>
    <message>
        <source>Your message is stored encrypted. Unlock to keep it; until then it stays here.</source>
        <translation>Deine Nachricht wird verschlüsselt gespeichert. Entsperre, um sie zu behalten; bis dahin bleibt sie hier.</translation>
    </message>
    <message>
        <source>What you wrote is stored encrypted. Unlock to keep it; until then it stays here.</source>
        <translation>Was du geschrieben hast, wird verschlüsselt gespeichert. Entsperre, um es zu behalten; bis dahin bleibt es hier.</translation>
    </message>
    <message>
        <source>Go to the &amp;end</source>
        <translation>Zum &amp;Ende</translation>
    </message>
    <message>
        <source>Go to the end</source>
        <translation>Zum Ende</translation>
    </message>
    <message>
        <source>You want to reach out. That feeling is real, and it will pass. Let&apos;s ride it out together.</source>
        <translation>Du willst dich melden. Das Gefühl ist echt, und es geht vorbei. Lass es uns gemeinsam aushalten.</translation>
    </message>
    <message>
        <source>Call or message someone on your side</source>
        <translation>Ruf jemanden an oder schreib jemandem, der auf deiner Seite ist</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>Wie ist es gelaufen?</translation>
    </message>
    <message>
        <source>Whatever happened, you can say so here. There is no wrong answer.</source>
        <translation>Was auch immer passiert ist, du kannst es hier sagen. Es gibt keine falsche Antwort.</translation>
    </message>
    <message>
        <source>This one is strong</source>
        <translation>Diese Welle ist stark</translation>
    </message>
    <message>
        <source>This one is strong. Take a breath and read this first.</source>
        <translation>Diese Welle ist stark. Atme einmal durch und lies zuerst das hier.</translation>
    </message>
    <message>
        <source>What you wrote when you chose no contact:</source>
        <translation>Was du geschrieben hast, als du dich gegen den Kontakt entschieden hast:</translation>
    </message>
    <message>
        <source>What reaching out often brings:</source>
        <translation>Was es oft mit sich bringt, sich zu melden:</translation>
    </message>
    <message>
        <source>They know how to reach you. Whether they ever do is up to them; what you do now is up to you.</source>
        <translation>Die Person weiß, wie sie dich erreicht. Ob sie es je tut, liegt bei ihr; was du jetzt tust, liegt bei dir.</translation>
    </message>
    <message>
        <source>• %1</source>
        <comment>a point in a list</comment>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Your one thing: call or message %1.</source>
        <translation>Dein nächster Schritt: %1 anrufen oder eine Nachricht schicken.</translation>
    </message>
    <message>
        <source>That&apos;s okay. You can start again from here.</source>
        <translation>Das ist in Ordnung. Du kannst von hier aus neu anfangen.</translation>
    </message>
    <message>
        <source>Copied. Paste it into the app where you usually chat.</source>
        <translation>Kopiert. Füg es in die App ein, in der ihr sonst schreibt.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>the closing message, then its detail</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>It came to contact with them too</source>
        <translation>Es kam auch zu Kontakt mit der Person</translation>
    </message>
    <message>
        <source>Contact starts your no-contact counter again</source>
        <translation>Kontakt startet deinen Zähler neu</translation>
    </message>
    <message>
        <source>How were you in touch?</source>
        <translation>Wie hattet ihr Kontakt?</translation>
    </message>
    <message>
        <source>I didn&apos;t look</source>
        <translation>Ich habe nicht nachgesehen</translation>
    </message>
    <message>
        <source>I &amp;looked</source>
        <translation>Ich habe nach&amp;gesehen</translation>
    </message>
    <message>
        <source>I didn&apos;t go</source>
        <translation>Ich bin nicht hingegangen</translation>
    </message>
    <message>
        <source>I &amp;went</source>
        <translation>Ich bin hin&amp;gegangen</translation>
    </message>
    <message>
        <source>I let it pass</source>
        <translation>Ich habe es vorbeiziehen lassen</translation>
    </message>
    <message>
        <source>I &amp;did it</source>
        <translation>Ich habe es &amp;getan</translation>
    </message>
    <message>
        <source>If it went another way, or they reached out, that&apos;s okay. Saying so helps you see what set it off.</source>
        <translation>Wenn es anders gelaufen ist oder die Person sich gemeldet hat, ist das in Ordnung. Es auszusprechen hilft dir zu sehen, was es ausgelöst hat.</translation>
    </message>
    <message>
        <source>That&apos;s okay. Looking is not contact, and your counter keeps running.</source>
        <translation>Das ist in Ordnung. Nachsehen ist kein Kontakt, dein Zähler läuft weiter.</translation>
    </message>
    <message>
        <source>That&apos;s okay. Going there is not contact, and your counter keeps running.</source>
        <translation>Das ist in Ordnung. Hingehen ist kein Kontakt, dein Zähler läuft weiter.</translation>
    </message>
    <message>
        <source>That&apos;s okay. Unless it came to contact, your counter keeps running.</source>
        <translation>Das ist in Ordnung. Solange es nicht zu Kontakt kam, läuft dein Zähler weiter.</translation>
    </message>
    <message>
        <source>Save: I looked</source>
        <translation>Speichern: Ich habe nachgesehen</translation>
    </message>
    <message>
        <source>Save: I went</source>
        <translation>Speichern: Ich bin hingegangen</translation>
    </message>
    <message>
        <source>Save: I did it</source>
        <translation>Speichern: Ich habe es getan</translation>
    </message>
    <message>
        <source>What the pull is</source>
        <translation>Wohin es dich zieht</translation>
    </message>
    <message>
        <source>What does the urge want you to do?</source>
        <translation>Was will der Impuls, dass du tust?</translation>
    </message>
    <message>
        <source>You want to look at them: their profile, their photos, the old chat. That pull is real, and it will pass. Let&apos;s ride it out together.</source>
        <translation>Du willst nach der Person sehen: ihr Profil, ihre Fotos, der alte Chat. Dieser Sog ist echt, und er geht vorbei. Lass ihn uns gemeinsam aushalten.</translation>
    </message>
    <message>
        <source>You want to go where they might be. That pull is real, and it will pass. Let&apos;s ride it out together.</source>
        <translation>Du willst dorthin, wo die Person sein könnte. Dieser Sog ist echt, und er geht vorbei. Lass ihn uns gemeinsam aushalten.</translation>
    </message>
    <message>
        <source>Something is pulling you toward them. That feeling is real, and it will pass. Let&apos;s ride it out together.</source>
        <translation>Etwas zieht dich zu der Person hin. Das Gefühl ist echt, und es geht vorbei. Lass es uns gemeinsam aushalten.</translation>
    </message>
    <message>
        <source>What are you hoping to find?</source>
        <translation>Was hoffst du zu finden?</translation>
    </message>
    <message>
        <source>Write it here instead of looking, or write what you would want them to know. It stays here — it is never sent.</source>
        <translation>Schreib es hier auf, statt nachzusehen, oder schreib, was die Person wissen soll. Es bleibt hier – es wird nie gesendet.</translation>
    </message>
    <message>
        <source>What you hope to see, or what you would tell them.</source>
        <translation>Was du zu sehen hoffst oder was du der Person sagen würdest.</translation>
    </message>
    <message>
        <source>What do you hope would happen there?</source>
        <translation>Was hoffst du, würde dort passieren?</translation>
    </message>
    <message>
        <source>Write it here instead of going, or write what you would want them to know. It stays here — it is never sent.</source>
        <translation>Schreib es hier auf, statt hinzugehen, oder schreib, was die Person wissen soll. Es bleibt hier – es wird nie gesendet.</translation>
    </message>
    <message>
        <source>What you hope for, or what you would tell them.</source>
        <translation>Was du dir erhoffst oder was du der Person sagen würdest.</translation>
    </message>
    <message>
        <source>What would you want them to know?</source>
        <translation>Was soll die Person von dir wissen?</translation>
    </message>
    <message>
        <source>Neutral re&amp;plies…</source>
        <translation>Neutrale Ant&amp;worten…</translation>
    </message>
    <message>
        <source>Short, neutral replies to copy</source>
        <translation>Kurze, neutrale Antworten zum Kopieren</translation>
    </message>
    <message>
        <source>What was it about?</source>
        <translation>Worum ging es?</translation>
    </message>
    <message>
        <source>&amp;Logistics only</source>
        <translation>Nur &amp;Organisatorisches</translation>
    </message>
    <message>
        <source>It &amp;went past logistics</source>
        <translation>Es ging &amp;darüber hinaus</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
    <message>
        <source>Holdfast</source>
        <translation>Holdfast</translation>
    </message>
    <message>
        <source>Restore the latest backup (%1)? The damaged file is kept in the backups folder.</source>
        <translation>Die letzte Sicherung wiederherstellen (%1)? Die beschädigte Datei bleibt im Sicherungsordner erhalten.</translation>
    </message>
    <message>
        <source>Earlier copies of your data are kept in %1. No new backup is taken while the file is damaged, so those copies stay as they are.</source>
        <translation>Frühere Kopien deiner Daten liegen in %1. Solange die Datei beschädigt ist, wird keine neue Sicherung angelegt, damit diese Kopien erhalten bleiben.</translation>
    </message>
    <message>
        <source>Earlier copies of your data are kept in its backups folder. Close Holdfast and open it again to restore the latest one.</source>
        <translation>Frühere Kopien deiner Daten liegen im Sicherungsordner dieses Datenordners. Schließe Holdfast und öffne es erneut, um die neueste wiederherzustellen.</translation>
    </message>
    <message>
        <source>Holdfast could not open your data, so nothing you do now is kept. The urge steps and crisis help work as always.</source>
        <translation>Holdfast konnte deine Daten nicht öffnen, daher wird nichts, was du jetzt tust, gespeichert. Die Schritte zum Aushalten eines Impulses und die Krisenhilfe funktionieren wie immer.</translation>
    </message>
    <message>
        <source>Holdfast is open but could not open this data. Close it, then try again.</source>
        <translation>Holdfast ist geöffnet, konnte diese Daten aber nicht öffnen. Schließe es und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>Holdfast has a dialog open. Finish or close it, then try again.</source>
        <translation>In Holdfast ist ein Dialog geöffnet. Bring ihn zu Ende oder schließe ihn und versuche es dann noch einmal.</translation>
    </message>
    <message>
        <source>Holdfast is locked. Unlock it in its window, then try again.</source>
        <translation>Holdfast ist gesperrt. Entsperre es in seinem Fenster und versuche es dann noch einmal.</translation>
    </message>
</context>
</TS>
