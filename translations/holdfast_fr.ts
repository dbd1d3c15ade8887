<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CommandLine</name>
    <message>
        <source>A private companion for keeping no contact after a breakup.</source>
        <translation>Un compagnon discret pour ne pas reprendre contact après une rupture.</translation>
    </message>
    <message>
        <source>Open the &quot;I want to text my ex&quot; dialog (in the running Holdfast, if there is one).</source>
        <translation>Ouvrir la fenêtre « J’ai envie d’écrire à mon ex » (dans Holdfast s’il est déjà lancé).</translation>
    </message>
    <message>
        <source>Keep the data in &lt;dir&gt; instead of the standard data folder.</source>
        <translation>Conserver les données dans &lt;dir&gt; au lieu du dossier de données standard.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Print the no-contact streak and this week&apos;s figures, then exit.</source>
        <translation>Afficher la série sans contact et les chiffres de la semaine, puis quitter.</translation>
    </message>
    <message>
        <source>With --summary: print JSON instead of text.</source>
        <translation>Avec --summary : afficher du JSON au lieu du texte.</translation>
    </message>
    <message>
        <source>Open on a temporary folder of sample data; your own data is not touched.</source>
        <translation>Ouvrir avec un dossier temporaire de données d’exemple ; tes propres données ne sont pas touchées.</translation>
    </message>
    <message>
        <source>Export everything, then exit: &lt;file&gt;.json writes one JSON file; a folder, or a name ending in .csv, writes one CSV file per kind of record. With encryption on, the passphrase is read from HOLDFAST_PASSPHRASE or, when it is not a terminal, from standard input.</source>
        <translation>Tout exporter, puis quitter : &lt;file&gt;.json écrit un seul fichier JSON ; un dossier, ou un nom se terminant par .csv, écrit un fichier CSV par type de données. Si le chiffrement est activé, la phrase secrète est lue dans HOLDFAST_PASSPHRASE ou, si ce n’est pas un terminal, sur l’entrée standard.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Import a Holdfast JSON export or a Daylio CSV export, then exit. Adds what is not there yet; nothing is written if the file has a problem. The passphrase is read as for --export.</source>
        <translation>Importer un export JSON de Holdfast ou un export CSV de Daylio, puis quitter. Ajoute ce qui n’y est pas encore ; rien n’est écrit si le fichier pose problème. La phrase secrète est lue comme pour --export.</translation>
    </message>
    <message>
        <source>With --import: replace all your data and settings with the file&apos;s instead of adding to them. A backup is taken first.</source>
        <translation>Avec --import : remplacer toutes tes données et tous tes paramètres par ceux du fichier au lieu de les compléter. Une sauvegarde est faite avant.</translation>
    </message>
    <message>
        <source>With --import --replace: go ahead even when the file holds no records, which leaves no records at all.</source>
        <translation>Avec --import --replace : continuer même si le fichier ne contient aucune donnée, ce qui n’en laisse plus aucune.</translation>
    </message>
    <message>
        <source>Give --import or --export, not both: run one, then the other.</source>
        <translation>Indique --import ou --export, pas les deux : lance l’un, puis l’autre.</translation>
    </message>
    <message>
        <source>--import needs the name of the file to import.</source>
        <translation>--import a besoin du nom du fichier à importer.</translation>
    </message>
    <message>
        <source>--export needs the name of the file or folder to write.</source>
        <translation>--export a besoin du nom du fichier ou du dossier de destination.</translation>
    </message>
    <message>
        <source>--replace only works together with --import.</source>
        <translation>--replace ne fonctionne qu’avec --import.</translation>
    </message>
    <message>
        <source>This path has characters the system&apos;s language settings cannot read, so Holdfast would use a different file: %1. Rename it, or run Holdfast with a UTF-8 language setting.</source>
        <translation>Ce chemin contient des caractères que les réglages de langue du système ne savent pas lire, donc Holdfast utiliserait un autre fichier : %1. Renomme-le, ou lance Holdfast avec un réglage de langue en UTF-8.</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Garder</translation>
    </message>
</context>
<context>
    <name>DiscreetMode</name>
    <message>
        <source>Journal</source>
        <comment>the app&apos;s name in discreet mode</comment>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Take a moment</source>
        <translation>Prends un moment</translation>
    </message>
    <message>
        <source>&amp;Log a message…</source>
        <translation>&amp;Noter un message…</translation>
    </message>
    <message>
        <source>Log a message</source>
        <translation>Noter un message</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>Holdfast could not open its data folder. Check that it exists and that you can open it.</source>
        <translation>Holdfast n’a pas pu ouvrir son dossier de données. Vérifie qu’il existe et que tu peux l’ouvrir.</translation>
    </message>
    <message>
        <source>The data folder is read-only, so nothing can be saved. Your data is unchanged.</source>
        <translation>Le dossier de données est en lecture seule, donc rien ne peut être enregistré. Tes données n’ont pas changé.</translation>
    </message>
    <message>
        <source>The disk is full, so this could not be saved. What you wrote is still here; free some space and try again.</source>
        <translation>Le disque est plein, donc cela n’a pas pu être enregistré. Ce que tu as écrit est toujours là ; libère un peu de place et réessaie.</translation>
    </message>
    <message>
        <source>The data file is damaged or is not a Holdfast file. It has been left as it is.</source>
        <translation>Le fichier de données est endommagé ou n’est pas un fichier Holdfast. Il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of Holdfast. Please update Holdfast to open it; the file has been left as it is.</source>
        <translation>Ces données ont été enregistrées par une version plus récente de Holdfast. Mets Holdfast à jour pour les ouvrir ; le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <source>Holdfast could not update the data file to this version. The file has been left as it was.</source>
        <translation>Holdfast n’a pas pu mettre à jour le fichier de données pour cette version. Le fichier a été laissé tel qu’il était.</translation>
    </message>
    <message>
        <source>Something in this entry could not be saved. Please check it and try again.</source>
        <translation>Une partie de cette entrée n’a pas pu être enregistrée. Vérifie-la et réessaie.</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>Cet élément n’existe plus.</translation>
    </message>
    <message>
        <source>Your data is locked. Unlock Holdfast with your passphrase to see or save this; what you wrote is still here.</source>
        <translation>Tes données sont verrouillées. Déverrouille Holdfast avec ta phrase secrète pour voir ou enregistrer ceci ; ce que tu as écrit est toujours là.</translation>
    </message>
    <message>
        <source>That passphrase did not open your data. Nothing was changed; please try again.</source>
        <translation>Cette phrase secrète n’a pas ouvert tes données. Rien n’a changé ; réessaie.</translation>
    </message>
    <message>
        <source>Part of your data could not be read back as it was written: it may have been damaged or changed outside Holdfast. The rest is unaffected.</source>
        <translation>Une partie de tes données n’a pas pu être relue telle qu’elle a été écrite : elle a peut-être été endommagée ou modifiée en dehors de Holdfast. Le reste n’est pas touché.</translation>
    </message>
    <message>
        <source>Something went wrong while saving. What you wrote is still here; please try again.</source>
        <translation>Un problème est survenu pendant l’enregistrement. Ce que tu as écrit est toujours là ; réessaie.</translation>
    </message>
</context>
<context>
    <name>ExchangeTexts</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Impossible de lire le fichier : %1</translation>
    </message>
    <message numerus="yes">
        <source>The file is too large to be an export (more than %n MB).</source>
        <translation>
            <numerusform>Le fichier est trop volumineux pour être un export (plus de %n Mo).</numerusform>
            <numerusform>Le fichier est trop volumineux pour être un export (plus de %n Mo).</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>This is neither a Holdfast export (.json) nor a Daylio export (.csv).</source>
        <translation>Ce n’est ni un export Holdfast (.json) ni un export Daylio (.csv).</translation>
    </message>
    <message>
        <source>This is not valid JSON (%1).</source>
        <translation>Ce n’est pas du JSON valide (%1).</translation>
    </message>
    <message>
        <source>This JSON file is not a Holdfast export.</source>
        <translation>Ce fichier JSON n’est pas un export Holdfast.</translation>
    </message>
    <message>
        <source>This export comes from a newer Holdfast (format version %1). Update Holdfast to import it.</source>
        <translation>Cet export provient d’une version plus récente de Holdfast (version de format %1). Mets Holdfast à jour pour l’importer.</translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation>« %1 » est manquant.</translation>
    </message>
    <message>
        <source>“%1” should be a group of fields in braces.</source>
        <translation>« %1 » devrait être un groupe de champs entre accolades.</translation>
    </message>
    <message>
        <source>“%1” should be a list in square brackets.</source>
        <translation>« %1 » devrait être une liste entre crochets.</translation>
    </message>
    <message>
        <source>“%1” should be text in quotes.</source>
        <translation>« %1 » devrait être du texte entre guillemets.</translation>
    </message>
    <message>
        <source>“%1” should be true or false.</source>
        <translation>« %1 » devrait valoir true ou false.</translation>
    </message>
    <message>
        <source>“%1” should be a whole number.</source>
        <translation>« %1 » devrait être un nombre entier.</translation>
    </message>
    <message>
        <source>“%1” is %2, but it should be from %3 to %4.</source>
        <translation>« %1 » vaut %2, mais devrait être compris entre %3 et %4.</translation>
    </message>
    <message>
        <source>“%1” is “%2”, which is not a date like 2026-11-25.</source>
        <translation>« %1 » vaut « %2 », qui n’est pas une date comme 2026-11-25.</translation>
    </message>
    <message>
        <source>“%1” is “%2”, which Holdfast does not know.</source>
        <translation>« %1 » vaut « %2 », que Holdfast ne connaît pas.</translation>
    </message>
    <message>
        <source>“%1”: the id %2 is used twice.</source>
        <translation>« %1 » : l’identifiant %2 est utilisé deux fois.</translation>
    </message>
    <message>
        <source>“%1”: there is already a check-in for %2.</source>
        <translation>« %1 » : il y a déjà un point du matin pour le %2.</translation>
    </message>
    <message>
        <source>A quoted field is never closed.</source>
        <translation>Un champ entre guillemets n’est jamais refermé.</translation>
    </message>
    <message>
        <source>This CSV file lacks the Daylio columns %1.</source>
        <translation>Il manque à ce fichier CSV les colonnes Daylio %1.</translation>
    </message>
    <message>
        <source>This row has %1 fields, but the header has %2.</source>
        <translation>Cette ligne a %1 champs, mais l’en-tête en a %2.</translation>
    </message>
    <message>
        <source>“%1” is not a date Holdfast can read.</source>
        <translation>« %1 » n’est pas une date que Holdfast sait lire.</translation>
    </message>
    <message>
        <source>“%1” is not a time like 18:52 or 6:52 pm.</source>
        <translation>« %1 » n’est pas une heure comme 18:52 ou 6:52 pm.</translation>
    </message>
    <message>
        <source>This entry has no mood.</source>
        <translation>Cette entrée n’a pas d’humeur.</translation>
    </message>
    <message>
        <source>The file has a header but no entries.</source>
        <translation>Le fichier a un en-tête mais aucune entrée.</translation>
    </message>
    <message>
        <source>The mood “%1” has no place on the scale from 1 to 5 yet.</source>
        <translation>L’humeur « %1 » n’a pas encore de place sur l’échelle de 1 à 5.</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>Impossible d’importer le fichier.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n point du matin</numerusform>
            <numerusform>%n points du matin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entry(s)</source>
        <translation>
            <numerusform>%n entrée du journal</numerusform>
            <numerusform>%n entrées du journal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n urge(s)</source>
        <translation>
            <numerusform>%n envie</numerusform>
            <numerusform>%n envies</numerusform>
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
            <numerusform>%n message non envoyé</numerusform>
            <numerusform>%n messages non envoyés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan item(s)</source>
        <translation>
            <numerusform>%n élément du plan</numerusform>
            <numerusform>%n éléments du plan</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between counts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>1 – very low</source>
        <translation>1 – très bas</translation>
    </message>
    <message>
        <source>2 – low</source>
        <translation>2 – bas</translation>
    </message>
    <message>
        <source>3 – okay</source>
        <translation>3 – correct</translation>
    </message>
    <message>
        <source>4 – good</source>
        <translation>4 – bien</translation>
    </message>
    <message>
        <source>5 – very good</source>
        <translation>5 – très bien</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Nothing was written: %1 is in Holdfast&apos;s own data folder, where an export could overwrite your data. Choose another place.</source>
        <translation>Rien n’a été écrit : %1 se trouve dans le dossier de données de Holdfast lui-même, où un export pourrait écraser tes données. Choisis un autre endroit.</translation>
    </message>
    <message>
        <source>Nothing was written: %1 is a link to another file. Choose a new file name.</source>
        <translation>Rien n’a été écrit : %1 est un lien vers un autre fichier. Choisis un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>Nothing was written: %1 is not a file name Holdfast can write to. Choose a file name.</source>
        <translation>Rien n’a été écrit : %1 n’est pas un nom de fichier sous lequel Holdfast peut écrire. Choisis un nom de fichier.</translation>
    </message>
    <message>
        <source>Nothing was written to %1: the disk is full. Free some space and try again.</source>
        <translation>Rien n’a été écrit dans %1 : le disque est plein. Libère un peu de place et réessaie.</translation>
    </message>
    <message>
        <source>Nothing was written to %1.</source>
        <translation>Rien n’a été écrit dans %1.</translation>
    </message>
    <message>
        <source>Nothing was written to %1: %2</source>
        <translation>Rien n’a été écrit dans %1 : %2</translation>
    </message>
    <message>
        <source>This is not UTF-8 text. Export the file again, or save it as UTF-8 in a text editor.</source>
        <translation>Ce n’est pas du texte UTF-8. Exporte à nouveau le fichier ou enregistre-le en UTF-8 dans un éditeur de texte.</translation>
    </message>
    <message>
        <source>“%1” should be %2, the date of the moment&apos;s utcMs and offsetMinutes.</source>
        <translation>« %1 » devrait être %2, la date qui correspond à utcMs et offsetMinutes de ce moment.</translation>
    </message>
    <message numerus="yes">
        <source>%n evening look back(s)</source>
        <translation>
            <numerusform>%n retour du soir</numerusform>
            <numerusform>%n retours du soir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeadlessCommands</name>
    <message>
        <source>No-contact counter: not started yet</source>
        <translation>Compteur sans contact : pas encore lancé</translation>
    </message>
    <message>
        <source>No contact for: %1, %2</source>
        <translation>Sans contact : %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Longest streak: %n day(s)</source>
        <translation>
            <numerusform>Plus longue série : %n jour</numerusform>
            <numerusform>Plus longue série : %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total days without contact: %n</source>
        <translation>
            <numerusform>Jours sans contact au total : %n</numerusform>
            <numerusform>Jours sans contact au total : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next milestone: %n day(s) (%1% of the way)</source>
        <translation>
            <numerusform>Prochaine étape : %n jour (%1 % du chemin)</numerusform>
            <numerusform>Prochaine étape : %n jours (%1 % du chemin)</numerusform>
        </translation>
    </message>
    <message>
        <source>Today&apos;s check-in: mood %1/5, sleep %2/5</source>
        <translation>Point du jour : humeur %1/5, sommeil %2/5</translation>
    </message>
    <message>
        <source>Today&apos;s check-in: not yet</source>
        <translation>Point du jour : pas encore</translation>
    </message>
    <message numerus="yes">
        <source>This week: %n urge(s)</source>
        <translation>
            <numerusform>Cette semaine : %n envie</numerusform>
            <numerusform>Cette semaine : %n envies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resisted</source>
        <translation>
            <numerusform>%n résistée</numerusform>
            <numerusform>%n résistées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 compared with last week</source>
        <translation>%1 par rapport à la semaine dernière</translation>
    </message>
    <message>
        <source>Holdfast could not read its data in %1.</source>
        <translation>Holdfast n’a pas pu lire ses données dans %1.</translation>
    </message>
    <message>
        <source>Your data is encrypted. Give the passphrase in the environment variable HOLDFAST_PASSPHRASE or on standard input.</source>
        <translation>Tes données sont chiffrées. Indique la phrase secrète dans la variable d’environnement HOLDFAST_PASSPHRASE ou sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Give a file name ending in .json, a name ending in .csv, or a folder for CSV files: %1</source>
        <translation>Indique un nom de fichier se terminant par .json, un nom se terminant par .csv, ou un dossier pour les fichiers CSV : %1</translation>
    </message>
    <message>
        <source>There is no Holdfast data in %1 to export.</source>
        <translation>Il n’y a pas de données Holdfast à exporter dans %1.</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Exporté vers %2 : %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 as %n CSV file(s) in %2.</source>
        <translation>
            <numerusform>Exporté en %n fichier CSV dans %2 : %1.</numerusform>
            <numerusform>Exporté en %n fichiers CSV dans %2 : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Rien n’a été importé depuis %1.</translation>
    </message>
    <message>
        <source>These Daylio moods have no place on the scale from 1 to 5 yet: %1. Import the file once in Holdfast (File, Import) to choose; the choice is remembered.</source>
        <translation>Ces humeurs Daylio n’ont pas encore de place sur l’échelle de 1 à 5 : %1. Importe le fichier une fois dans Holdfast (Fichier, Importer) pour choisir ; ce choix est mémorisé.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Importé : %1.</translation>
    </message>
    <message>
        <source>Already there, so left out: %1.</source>
        <translation>Déjà là, donc laissé de côté : %1.</translation>
    </message>
    <message>
        <source>Nothing was imported into %1.</source>
        <translation>Rien n’a été importé dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>Fresh starts: %n</source>
        <translation>
            <numerusform>Nouveaux départs : %n</numerusform>
            <numerusform>Nouveaux départs : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Today&apos;s check-in: locked (give the passphrase in HOLDFAST_PASSPHRASE to see it)</source>
        <translation>Point du jour : verrouillé (indique la phrase secrète dans HOLDFAST_PASSPHRASE pour le voir)</translation>
    </message>
    <message>
        <source>Nothing was changed. %1 holds no records, so replacing would remove everything stored now (%2).</source>
        <translation>Rien n’a été modifié. %1 ne contient aucune donnée, donc remplacer supprimerait tout ce qui est enregistré maintenant (%2).</translation>
    </message>
    <message>
        <source>If that is what you want, run the same command with --yes.</source>
        <translation>Si c’est ce que tu veux, relance la même commande avec --yes.</translation>
    </message>
    <message>
        <source>Replaced everything: removed %1; imported %2.</source>
        <translation>Tout a été remplacé. Supprimé : %1 ; importé : %2.</translation>
    </message>
    <message>
        <source>A backup of the data as it was is in the backups folder beside it.</source>
        <translation>Une sauvegarde des données telles qu’elles étaient se trouve dans le dossier des sauvegardes, à côté d’elles.</translation>
    </message>
    <message>
        <source>Holdfast is open on this data and could not take the import. Close it, then try again.</source>
        <translation>Holdfast est ouvert sur ces données et n’a pas pu prendre en charge l’importation. Ferme-le, puis réessaie.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: give --data-dir a folder.</source>
        <translation>%1 est un fichier, pas un dossier : indique un dossier à --data-dir.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Holdfast was open, so it imported the file and shows it now.</source>
        <translation>Holdfast était ouvert, il a donc importé le fichier et l’affiche maintenant.</translation>
    </message>
    <message>
        <source>The running Holdfast did not understand this request.</source>
        <translation>Holdfast, déjà lancé, n’a pas compris cette demande.</translation>
    </message>
    <message>
        <source>This Holdfast was built without its window. It runs --summary, --export and --import; --help lists them.</source>
        <translation>Ce Holdfast a été compilé sans sa fenêtre. Il exécute --summary, --export et --import ; --help les énumère.</translation>
    </message>
    <message>
        <source>Low-contact mode: counting days without personal contact</source>
        <translation>Mode contact réduit : on compte les jours sans contact personnel</translation>
    </message>
    <message>
        <source>No personal contact for: %1, %2</source>
        <translation>Sans contact personnel depuis : %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Total days without personal contact: %n</source>
        <translation>
            <numerusform>Jours sans contact personnel au total : %n</numerusform>
            <numerusform>Jours sans contact personnel au total : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Logistics contact in this stretch: %n</source>
        <translation>
            <numerusform>Contact logistique dans cette série : %n</numerusform>
            <numerusform>Contacts logistiques dans cette série : %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalFormat</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <comment>date in the journal list, this year</comment>
        <translation>ddd d MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>date in the journal list, another year</comment>
        <translation>ddd d MMM yyyy</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Très bas</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bas</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Ça va</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Très bien</translation>
    </message>
    <message>
        <source>What don&apos;t I miss?</source>
        <translation>Qu’est-ce qui ne me manque pas ?</translation>
    </message>
    <message>
        <source>What did I do today that was just for me?</source>
        <translation>Qu’ai-je fait aujourd’hui rien que pour moi ?</translation>
    </message>
    <message>
        <source>What did I handle well this week, even if nobody saw it?</source>
        <translation>Qu’ai-je bien géré cette semaine, même si personne ne l’a vu ?</translation>
    </message>
    <message>
        <source>Who was kind to me lately, and how did it feel?</source>
        <translation>Qui a été gentil avec moi ces derniers temps, et qu’est-ce que ça m’a fait ?</translation>
    </message>
    <message>
        <source>What am I feeling right now? I can name it without judging it.</source>
        <translation>Qu’est-ce que je ressens en ce moment ? Je peux le nommer sans le juger.</translation>
    </message>
    <message>
        <source>What is one small thing I am looking forward to?</source>
        <translation>Quelle petite chose est-ce que j’attends avec plaisir ?</translation>
    </message>
    <message>
        <source>What did I enjoy before that I could pick up again?</source>
        <translation>Qu’est-ce que j’aimais faire avant et que je pourrais reprendre ?</translation>
    </message>
    <message>
        <source>When the urge came, what was underneath it?</source>
        <translation>Quand l’envie est venue, qu’y avait-il en dessous ?</translation>
    </message>
    <message>
        <source>What do I need today, and who could help me with it?</source>
        <translation>De quoi ai-je besoin aujourd’hui, et qui pourrait m’aider ?</translation>
    </message>
    <message>
        <source>What would I like to tell myself a year from now?</source>
        <translation>Qu’aimerais-je me dire dans un an ?</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>%1 Holdfast will try again as you keep writing.</source>
        <translation>%1 Holdfast réessaiera pendant que tu continues d’écrire.</translation>
    </message>
</context>
<context>
    <name>LookBackText</name>
    <message>
        <source>Evenings</source>
        <comment>weekly review: the week&apos;s evening look backs</comment>
        <translation>Retours du soir</translation>
    </message>
    <message>
        <source>The hardest was %1, the easiest %2.</source>
        <translation>La plus dure a été %1, la plus facile %2.</translation>
    </message>
    <message>
        <source>The hardest was %1.</source>
        <translation>La plus dure a été %1.</translation>
    </message>
    <message>
        <source>The easiest was %1.</source>
        <translation>La plus facile a été %1.</translation>
    </message>
    <message>
        <source>What helped this week</source>
        <translation>Ce qui a aidé cette semaine</translation>
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
        <translation>%1 : pas de retour</translation>
    </message>
    <message>
        <source>%1: %2 of 5</source>
        <comment>a day of the week&apos;s evenings, how hard it was</comment>
        <translation>%1 : %2 sur 5</translation>
    </message>
    <message>
        <source>You looked back on one evening. How hard that day was: %1 of 5.</source>
        <translation>Tu es revenu·e sur une soirée. Dureté de cette journée : %1 sur 5.</translation>
    </message>
    <message numerus="yes">
        <source>You looked back on %n evening(s). How hard the days were, on average: %1 of 5.</source>
        <translation>
            <numerusform>Tu es revenu·e sur %n soirée. Dureté des journées, en moyenne : %1 sur 5.</numerusform>
            <numerusform>Tu es revenu·e sur %n soirées. Dureté des journées, en moyenne : %1 sur 5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Morning &amp;check-in</source>
        <translation>&amp;Point du matin</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Pa&amp;ramètres…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Lock and hide</source>
        <translation>&amp;Verrouiller et masquer</translation>
    </message>
    <message>
        <source>Locks Holdfast when it is encrypted and hides it at once</source>
        <translation>Verrouille Holdfast s’il est chiffré et le masque aussitôt</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>A&amp;ccueil</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Bilan</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>I want to text my ex</source>
        <translation>J’ai envie d’écrire à mon ex</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Crisis help</source>
        <translation>Aide d’&amp;urgence</translation>
    </message>
    <message>
        <source>&amp;About Holdfast</source>
        <translation>À &amp;propos de Holdfast</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>&amp;Noter un contact…</translation>
    </message>
    <message>
        <source>Evening look &amp;back…</source>
        <translation>Retour du &amp;soir…</translation>
    </message>
</context>
<context>
    <name>PassphraseText</name>
    <message>
        <source>Choose a passphrase first.</source>
        <translation>Choisis d’abord une phrase secrète.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s).</source>
        <translation>
            <numerusform>Utilise au moins %n caractère.</numerusform>
            <numerusform>Utilise au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the new one again in both fields.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques. Retape la nouvelle dans les deux champs.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). A few unrelated words you will remember make a strong passphrase.</source>
        <translation>
            <numerusform>Au moins %n caractère. Quelques mots sans lien entre eux, dont tu te souviendras, font une phrase secrète solide.</numerusform>
            <numerusform>Au moins %n caractères. Quelques mots sans lien entre eux, dont tu te souviendras, font une phrase secrète solide.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you forget the passphrase, your data cannot be recovered. Nobody can reset it, not even the makers of Holdfast: that is what keeps it private. Write it down somewhere safe.</source>
        <translation>Si tu oublies ta phrase secrète, tes données ne pourront pas être récupérées. Personne ne peut la réinitialiser, pas même les créateurs de Holdfast : c’est ce qui les garde privées. Note-la dans un endroit sûr.</translation>
    </message>
</context>
<context>
    <name>RatingRow</name>
    <message>
        <source>%1: %2 of %3</source>
        <extracomment>what is rated, the rating and the top of the scale: &quot;Mood: 3 of 5&quot;</extracomment>
        <translation>%1 : %2 sur %3</translation>
    </message>
    <message>
        <source>1 is %1, 5 is %2</source>
        <extracomment>what the ends of a 1 to 5 scale mean, for a screen reader: &quot;1 is Low, 5 is Good&quot;</extracomment>
        <translation>1 = %1, 5 = %2</translation>
    </message>
</context>
<context>
    <name>ReminderTexts</name>
    <message>
        <source>They know how to reach you. If they wanted to talk, they would. That step is theirs to take, not yours.</source>
        <translation>Ton ex sait comment te joindre. S’il y avait une envie de parler de son côté, ce serait déjà fait. Ce pas-là lui revient, pas à toi.</translation>
    </message>
    <message>
        <source>An urge is a wave. It rises, peaks and passes, often sooner than it feels. You can let this one pass too.</source>
        <translation>Une envie est une vague. Elle monte, culmine et passe, souvent plus vite qu’on ne le croit. Tu peux laisser passer celle-ci aussi.</translation>
    </message>
    <message>
        <source>Something you need to tell them? Write it down here instead. It gets said, and they never see it.</source>
        <translation>Tu as besoin de lui dire quelque chose ? Écris-le plutôt ici. C’est dit, et ton ex ne le verra jamais.</translation>
    </message>
    <message>
        <source>Give your mind something else to hold: a walk, a workout, a task you have been putting off.</source>
        <translation>Donne à ton esprit autre chose à quoi s’accrocher : une marche, du sport, une tâche que tu repousses depuis longtemps.</translation>
    </message>
    <message>
        <source>Try saying it plainly: “I want to reach out because they are not reaching out to me.” Naming it takes away some of its pull.</source>
        <translation>Essaie de le dire simplement : « J’ai envie de reprendre contact parce que mon ex ne me contacte pas. » Le nommer lui enlève un peu de sa force.</translation>
    </message>
    <message>
        <source>The pull is often less about them than about not feeling lovable right now. You are worth more than a reply.</source>
        <translation>Souvent, cette envie parle moins de ton ex que du fait que tu ne te sens pas digne d’amour en ce moment. Tu vaux plus qu’une réponse.</translation>
    </message>
    <message>
        <source>Missing them this much is a kind of withdrawal. The cravings are real, and they fade the longer you keep going.</source>
        <translation>Un manque aussi fort est une forme de sevrage. L’envie est réelle, et elle s’estompe à mesure que tu tiens bon.</translation>
    </message>
    <message>
        <source>One “harmless” message can reopen a wound that has started to heal. Protect the healing you have done.</source>
        <translation>Un message « anodin » peut rouvrir une blessure qui commençait à guérir. Protège le chemin que tu as déjà fait.</translation>
    </message>
    <message>
        <source>You don&apos;t need one more conversation to move on. The answers that matter, you already have.</source>
        <translation>Tu n’as pas besoin d’une conversation de plus pour avancer. Les réponses qui comptent, tu les as déjà.</translation>
    </message>
    <message>
        <source>Every urge you let pass is proof of your strength. You are doing better than it feels.</source>
        <translation>Chaque envie que tu laisses passer prouve ta force. Tu t’en sors mieux que tu ne le crois.</translation>
    </message>
    <message>
        <source>If you slip, it is information, not failure. Begin again, gently, and notice what set it off.</source>
        <translation>Si tu flanches, c’est une information, pas un échec. Recommence, en douceur, et remarque ce qui l’a déclenché.</translation>
    </message>
    <message>
        <source>You don&apos;t have to carry this alone today. Call or message someone who is on your side.</source>
        <translation>Tu n’as pas à traverser cette journée sans soutien. Appelle ou écris à quelqu’un qui est de ton côté.</translation>
    </message>
    <message>
        <source>What you need to move forward, you already carry with you.</source>
        <translation>Ce qu’il te faut pour avancer, tu le portes déjà en toi.</translation>
    </message>
    <message>
        <source>Try putting it into words in your journal. Naming a feeling takes away some of its pull.</source>
        <translation>Essaie de le mettre en mots dans ton journal. Nommer un sentiment lui enlève un peu de sa force.</translation>
    </message>
    <message>
        <source>Be as kind to yourself today as you would be to a good friend.</source>
        <translation>Sois aussi doux avec toi aujourd’hui que tu le serais avec un bon ami.</translation>
    </message>
    <message>
        <source>Hard moments fade the longer you keep going. Protect the progress you have made.</source>
        <translation>Les moments difficiles s’estompent à mesure que tu tiens bon. Protège le chemin déjà parcouru.</translation>
    </message>
</context>
<context>
    <name>ReviewCharts</name>
    <message>
        <source>%1
%2: %3</source>
        <comment>chart tooltip: category, series, value</comment>
        <translation>%1
%2 : %3</translation>
    </message>
    <message>
        <source>Mean intensity</source>
        <translation>Intensité moyenne</translation>
    </message>
    <message>
        <source>Peak intensity</source>
        <translation>Intensité maximale</translation>
    </message>
    <message>
        <source>Urges</source>
        <translation>Envies</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <source>Everything else</source>
        <translation>Tout le reste</translation>
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
        <translation>Humeur</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sommeil</translation>
    </message>
    <message>
        <source>Urges per week</source>
        <translation>Envies par semaine</translation>
    </message>
    <message>
        <source>Resisted (%)</source>
        <translation>Résistées (%)</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>Resisted</source>
        <translation>Résistées</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>12 dernières semaines</translation>
    </message>
    <message>
        <source>Half of the start</source>
        <translation>Moitié du départ</translation>
    </message>
    <message>
        <source>Minute %1</source>
        <translation>Minute %1</translation>
    </message>
    <message>
        <source>Minutes after the first rating</source>
        <translation>Minutes après la première évaluation</translation>
    </message>
    <message>
        <source>Strength (%)</source>
        <translation>Intensité (%)</translation>
    </message>
    <message>
        <source>Urges per day</source>
        <translation>Envies par jour</translation>
    </message>
    <message>
        <source>What set them off</source>
        <translation>Ce qui les a déclenchées</translation>
    </message>
    <message>
        <source>Hungry, angry, lonely, tired</source>
        <translation>Faim, colère, solitude, fatigue</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Moment de la journée</translation>
    </message>
    <message>
        <source>Mood and sleep</source>
        <translation>Humeur et sommeil</translation>
    </message>
    <message>
        <source>The last 12 weeks</source>
        <translation>Les 12 dernières semaines</translation>
    </message>
    <message>
        <source>How urges pass</source>
        <translation>Comment les envies passent</translation>
    </message>
    <message>
        <source>No urges logged this week.</source>
        <translation>Aucune envie notée cette semaine.</translation>
    </message>
    <message>
        <source>Resisted and reached out each day; the lines show the mean and peak intensity (0–10). Mean %1, peak %2 this week.</source>
        <translation>Envies résistées et contacts pris chaque jour ; les lignes montrent l’intensité moyenne et maximale (0–10). Cette semaine : moyenne %1, maximum %2.</translation>
    </message>
    <message>
        <source>No triggers noted this week.</source>
        <translation>Aucun déclencheur noté cette semaine.</translation>
    </message>
    <message>
        <source>What you noted as the trigger, most frequent first.</source>
        <translation>Ce que tu as noté comme déclencheur, du plus fréquent au moins fréquent.</translation>
    </message>
    <message>
        <source>No HALT flags this week.</source>
        <translation>Rien de tout ça coché cette semaine.</translation>
    </message>
    <message>
        <source>How often you were hungry, angry, lonely or tired when an urge came.</source>
        <translation>À quelle fréquence tu ressentais faim, colère, solitude ou fatigue quand une envie est arrivée.</translation>
    </message>
    <message>
        <source>When your urges started, by hour of the day.</source>
        <translation>Quand tes envies ont commencé, par heure de la journée.</translation>
    </message>
    <message>
        <source>No check-ins this week.</source>
        <translation>Aucun point du matin cette semaine.</translation>
    </message>
    <message>
        <source>From your morning check-ins, 1 (low) to 5 (good).</source>
        <translation>D’après tes points du matin, de 1 (bas) à 5 (bien).</translation>
    </message>
    <message>
        <source>No urges in the last 12 weeks.</source>
        <translation>Aucune envie ces 12 dernières semaines.</translation>
    </message>
    <message>
        <source>Urges per week, and the share of them you resisted. The selected week is highlighted.</source>
        <translation>Envies par semaine, et la part de celles que tu as résistées. La semaine sélectionnée est mise en évidence.</translation>
    </message>
    <message>
        <source>Rate an urge more than once while you wait it out, and this curve shows how quickly urges fade.</source>
        <translation>Évalue une envie plusieurs fois pendant que tu la laisses passer, et cette courbe montrera à quelle vitesse les envies s’estompent.</translation>
    </message>
    <message>
        <source>Urges fell below half their starting strength after %1 this week (median), %2 over 12 weeks.</source>
        <translation>Cette semaine, les envies sont passées sous la moitié de leur force de départ après %1 (médiane), et après %2 sur 12 semaines.</translation>
    </message>
    <message>
        <source>Over 12 weeks, urges fell below half their starting strength after %1 (median).</source>
        <translation>Sur 12 semaines, les envies sont passées sous la moitié de leur force de départ après %1 (médiane).</translation>
    </message>
    <message>
        <source>How the strength of an urge changed while you waited it out.</source>
        <translation>Comment la force d’une envie a évolué pendant que tu la laissais passer.</translation>
    </message>
    <message>
        <source>What the pull was</source>
        <translation>Vers quoi ça te poussait</translation>
    </message>
    <message>
        <source>To message or call them, to look at them, to go where they might be, or something else.</source>
        <translation>Écrire ou appeler ton ex, regarder, aller là où ton ex pourrait être, ou autre chose.</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <source>Weekly review: %1</source>
        <translation>Bilan de la semaine : %1</translation>
    </message>
    <message>
        <source>Holdfast, exported on %1</source>
        <translation>Holdfast, exporté le %1</translation>
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
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Urges</source>
        <translation>Envies</translation>
    </message>
    <message>
        <source>They contacted me</source>
        <translation>Mon ex a repris contact</translation>
    </message>
    <message>
        <source>Left undecided</source>
        <translation>Laissées en suspens</translation>
    </message>
    <message>
        <source>Urges the week before</source>
        <translation>Envies la semaine précédente</translation>
    </message>
    <message>
        <source>Mean starting intensity</source>
        <translation>Intensité de départ moyenne</translation>
    </message>
    <message>
        <source>Peak intensity</source>
        <translation>Intensité maximale</translation>
    </message>
    <message>
        <source>Median time to fall below half, this week</source>
        <translation>Temps médian pour passer sous la moitié, cette semaine</translation>
    </message>
    <message>
        <source>Median time to fall below half, last 12 weeks</source>
        <translation>Temps médian pour passer sous la moitié, 12 dernières semaines</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Mean intensity</source>
        <translation>Intensité moyenne</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sommeil</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Ressenti</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>an hour of the day</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <source>Resisted share</source>
        <translation>Part résistée</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>12 dernières semaines</translation>
    </message>
    <message>
        <source>This week in figures</source>
        <translation>Cette semaine en chiffres</translation>
    </message>
    <message>
        <source>How urges pass: strength compared with the start</source>
        <translation>Comment les envies passent : force par rapport au départ</translation>
    </message>
    <message>
        <source>The pull</source>
        <translation>Vers quoi</translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message numerus="yes">
        <source>%n urge(s), all resisted</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>%n envie, résistée</numerusform>
            <numerusform>%n envies, toutes résistées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n urge(s), %1 resisted</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>%n envie, %1 résistée</numerusform>
            <numerusform>%n envies, %1 résistées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fewer than last week</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>%n de moins que la semaine dernière</numerusform>
            <numerusform>%n de moins que la semaine dernière</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more than last week</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>%n de plus que la semaine dernière</numerusform>
            <numerusform>%n de plus que la semaine dernière</numerusform>
        </translation>
    </message>
    <message>
        <source>as many as last week</source>
        <comment>weekly summary</comment>
        <translation>autant que la semaine dernière</translation>
    </message>
    <message>
        <source>most came in the morning</source>
        <comment>weekly summary</comment>
        <translation>la plupart sont venues le matin</translation>
    </message>
    <message>
        <source>most came in the afternoon</source>
        <comment>weekly summary</comment>
        <translation>la plupart sont venues l’après-midi</translation>
    </message>
    <message>
        <source>most came in the evening</source>
        <comment>weekly summary</comment>
        <translation>la plupart sont venues le soir</translation>
    </message>
    <message>
        <source>most came at night</source>
        <comment>weekly summary</comment>
        <translation>la plupart sont venues la nuit</translation>
    </message>
    <message numerus="yes">
        <source>No urges so far this week, down from %n last week.</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>Aucune envie pour l’instant cette semaine, contre %n la semaine dernière.</numerusform>
            <numerusform>Aucune envie pour l’instant cette semaine, contre %n la semaine dernière.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No urges this week, down from %n the week before.</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>Aucune envie cette semaine, contre %n la semaine précédente.</numerusform>
            <numerusform>Aucune envie cette semaine, contre %n la semaine précédente.</numerusform>
        </translation>
    </message>
    <message>
        <source>No urges so far this week.</source>
        <comment>weekly summary</comment>
        <translation>Aucune envie pour l’instant cette semaine.</translation>
    </message>
    <message>
        <source>No urges this week.</source>
        <comment>weekly summary</comment>
        <translation>Aucune envie cette semaine.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>weekly summary: urge count, comparison with last week</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 so far this week</source>
        <comment>weekly summary: urge count</comment>
        <translation>%1 pour l’instant cette semaine</translation>
    </message>
    <message>
        <source>%1 this week</source>
        <comment>weekly summary: urge count</comment>
        <translation>%1 cette semaine</translation>
    </message>
    <message>
        <source>%1, most often: %2</source>
        <comment>weekly summary: time of day, top trigger</comment>
        <translation>%1, le plus souvent : %2</translation>
    </message>
    <message>
        <source>most often: %1</source>
        <comment>weekly summary: top trigger</comment>
        <translation>le plus souvent : %1</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>weekly summary: a sentence</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1; %2.</source>
        <comment>weekly summary: counts; when and why</comment>
        <translation>%1 ; %2.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format: last day of a week</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>week range</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date format: first day of a week</comment>
        <translation>d MMMM</translation>
    </message>
    <message>
        <source>d</source>
        <comment>date format: first day of a week in the same month</comment>
        <translation>d</translation>
    </message>
    <message>
        <source>ddd d</source>
        <comment>date format: a day on the chart axis</comment>
        <translation>ddd d</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>date format: a day in the table</comment>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format: a week on the trend axis</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Hungry</source>
        <translation>Faim</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>Colère</translation>
    </message>
    <message>
        <source>Lonely</source>
        <translation>Solitude</translation>
    </message>
    <message>
        <source>Tired</source>
        <translation>Fatigue</translation>
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
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes with a fraction</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Your weekly review starts here</source>
        <translation>Ton bilan de la semaine commence ici</translation>
    </message>
    <message>
        <source>Nothing recorded this week</source>
        <translation>Rien de noté cette semaine</translation>
    </message>
    <message>
        <source>Your first days</source>
        <translation>Tes premiers jours</translation>
    </message>
    <message>
        <source>No urges so far this week</source>
        <translation>Aucune envie pour l’instant cette semaine</translation>
    </message>
    <message>
        <source>A week without urges</source>
        <translation>Une semaine sans envies</translation>
    </message>
    <message>
        <source>Each urge you log with “I want to text my ex” and each morning check-in adds to this page. Week by week, it shows how your urges change.</source>
        <translation>Chaque envie notée avec « J’ai envie d’écrire à mon ex » et chaque point du matin alimentent cette page. Semaine après semaine, elle montre comment tes envies évoluent.</translation>
    </message>
    <message>
        <source>Your history starts on %1. Use “Next week” to move towards it.</source>
        <translation>Ton historique commence le %1. Utilise « Semaine suivante » pour t’en rapprocher.</translation>
    </message>
    <message>
        <source>The charts fill in as you log urges and check in. After a few weeks, the trend shows how far you have come.</source>
        <translation>Les graphiques se remplissent à mesure que tu notes tes envies et fais ton point du matin. Après quelques semaines, la tendance montre le chemin parcouru.</translation>
    </message>
    <message>
        <source>Not a single urge logged so far. Every quiet day is one you kept for yourself.</source>
        <translation>Pas une seule envie notée pour l’instant. Chaque jour calme est un jour gardé pour toi.</translation>
    </message>
    <message>
        <source>Not a single urge logged all week. That is what healing looks like; take a moment to notice it.</source>
        <translation>Pas une seule envie notée de toute la semaine. C’est à ça que ressemble la guérison ; prends un moment pour le remarquer.</translation>
    </message>
    <message>
        <source>Resisted</source>
        <translation>Résistées</translation>
    </message>
    <message>
        <source>Reached out</source>
        <translation>Contact pris</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>urges they started or that were left undecided</comment>
        <translation>Autres</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;%2</source>
        <comment>trend axis: day of the month, short month name</comment>
        <translation>%1&lt;br&gt;%2</translation>
    </message>
    <message numerus="yes">
        <source>%n of them pulled you to look at them.</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>%n d’entre elles t’a poussé·e à regarder ton ex.</numerusform>
            <numerusform>%n d’entre elles t’ont poussé·e à regarder ton ex.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them pulled you to go where they might be.</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>%n d’entre elles t’a poussé·e à aller là où ton ex pourrait être.</numerusform>
            <numerusform>%n d’entre elles t’ont poussé·e à aller là où ton ex pourrait être.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them pulled you toward something else.</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>%n d’entre elles t’a poussé·e vers autre chose.</numerusform>
            <numerusform>%n d’entre elles t’ont poussé·e vers autre chose.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekly summary: the sentence, then what the urges pulled toward</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Message or call</source>
        <translation>Écrire ou appeler</translation>
    </message>
    <message>
        <source>Look</source>
        <comment>an urge to look at their profile or photos</comment>
        <translation>Regarder</translation>
    </message>
    <message>
        <source>Go there</source>
        <comment>an urge to go where they might be</comment>
        <translation>Y aller</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
</context>
<context>
    <name>TriggerNames</name>
    <message>
        <source>Saw their social media</source>
        <translation>J’ai vu ses réseaux sociaux</translation>
    </message>
    <message>
        <source>A memory, place or song</source>
        <translation>Un souvenir, un lieu ou une chanson</translation>
    </message>
    <message>
        <source>Feeling lonely</source>
        <translation>Sentiment de solitude</translation>
    </message>
    <message>
        <source>Night-time</source>
        <translation>La nuit</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alcool</translation>
    </message>
    <message>
        <source>Boredom</source>
        <translation>Ennui</translation>
    </message>
    <message>
        <source>News about them</source>
        <translation>Des nouvelles de mon ex</translation>
    </message>
    <message>
        <source>A special date</source>
        <translation>Une date particulière</translation>
    </message>
    <message>
        <source>They contacted me</source>
        <translation>Mon ex a repris contact</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
</context>
<context>
    <name>UrgeKindTexts</name>
    <message>
        <source>To message or call them</source>
        <translation>Écrire ou appeler ton ex</translation>
    </message>
    <message>
        <source>To look at their profile, photos or the old chat</source>
        <translation>Regarder son profil, ses photos ou l’ancienne conversation</translation>
    </message>
    <message>
        <source>To go where they might be</source>
        <translation>Aller là où ton ex pourrait être</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source>First, close it</source>
        <translation>D’abord, ferme-le</translation>
    </message>
    <message>
        <source>First, stay where you are</source>
        <translation>D’abord, reste où tu es</translation>
    </message>
    <message>
        <source>Close the tab or the app now. If you choose, mute or unfollow them, so they come up less often. Holdfast never reaches into other apps: that step is yours, whenever you are ready.</source>
        <translation>Ferme l’onglet ou l’appli maintenant. Si tu veux, mets ton ex en sourdine ou arrête de le suivre, pour le croiser moins souvent. Holdfast n’entre jamais dans d’autres applis : ce pas t’appartient, quand tu seras prêt·e.</translation>
    </message>
    <message>
        <source>Stay where you are, or go somewhere they won&apos;t be: a friend&apos;s place, a walk the other way. The urge will pass long before you would get there.</source>
        <translation>Reste où tu es, ou va quelque part où ton ex ne sera pas : chez un ami, une promenade dans l’autre sens. L’envie passera bien avant que tu y arrives.</translation>
    </message>
</context>
<context>
    <name>UrgeTexts</name>
    <message>
        <source>Name it</source>
        <translation>Nomme-la</translation>
    </message>
    <message>
        <source>Do one thing</source>
        <translation>Fais une chose</translation>
    </message>
    <message>
        <source>Wait it out</source>
        <translation>Laisse passer</translation>
    </message>
    <message>
        <source>Write it instead</source>
        <translation>Écris-le plutôt</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>You&apos;re through this one</source>
        <translation>Celle-ci est passée</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>You rode it out. That took strength.</source>
        <translation>Tu as tenu bon. Ça demandait de la force.</translation>
    </message>
    <message>
        <source>That&apos;s okay. A lapse is information, not failure. Your counter starts again now, and so do you.</source>
        <translation>Ce n’est pas grave. Un faux pas est une information, pas un échec. Ton compteur repart maintenant, et toi aussi.</translation>
    </message>
    <message>
        <source>They reached out, and you didn&apos;t reply. Your counter keeps running.</source>
        <translation>Ton ex t’a écrit, et tu n’as pas répondu. Ton compteur continue.</translation>
    </message>
    <message>
        <source>This is not saved yet. Everything you entered is still here.</source>
        <translation>Ce n’est pas encore enregistré. Tout ce que tu as saisi est toujours là.</translation>
    </message>
    <message>
        <source>Saved now.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Some of your plan could not be read, so this step may look emptier than usual.</source>
        <translation>Une partie de ton plan n’a pas pu être lue, cette étape peut donc sembler plus vide que d’habitude.</translation>
    </message>
    <message>
        <source>Every wave you let pass is proof that you can. You are doing better than it feels.</source>
        <translation>Chaque vague que tu laisses passer prouve que tu en es capable. Tu t’en sors mieux que tu ne le crois.</translation>
    </message>
    <message>
        <source>Whatever they said, you don&apos;t have to decide anything now. Take care of yourself first.</source>
        <translation>Quoi que ton ex ait dit, tu n’as rien à décider maintenant. Prends d’abord soin de toi.</translation>
    </message>
    <message>
        <source>Not answering right away took strength. You can take all the time you need.</source>
        <translation>Ne pas répondre tout de suite demandait de la force. Tu peux prendre tout le temps qu’il te faut.</translation>
    </message>
    <message>
        <source>A message</source>
        <translation>Un message</translation>
    </message>
    <message>
        <source>A call</source>
        <translation>Un appel</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Another way</source>
        <translation>Autrement</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <comment>minutes:seconds left</comment>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Comment ça s’est passé</translation>
    </message>
    <message>
        <source>That&apos;s okay. You can begin again right away; this counts as contact, so your counter starts again from now.</source>
        <translation>Ce n’est pas grave. Tu peux recommencer tout de suite ; cela compte comme un contact, donc ton compteur repart de maintenant.</translation>
    </message>
    <message>
        <source>Be gentle with yourself now. When you are ready, look at what set it off; that is how the next wave gets easier.</source>
        <translation>Prends soin de toi, maintenant. Quand tu en auras la force, regarde ce qui l’a déclenché : c’est ainsi que la prochaine vague sera plus facile.</translation>
    </message>
    <message>
        <source>They might not answer at all, or might block you.</source>
        <translation>Ton ex pourrait ne pas répondre du tout, ou te bloquer.</translation>
    </message>
    <message>
        <source>A reply can be cold, or angry, and hurt more than the silence.</source>
        <translation>Une réponse peut être froide, ou en colère, et faire plus mal que le silence.</translation>
    </message>
    <message>
        <source>You might learn something you are not ready for, like someone new in their life.</source>
        <translation>Tu pourrais apprendre quelque chose que tu n’es pas encore en mesure d’entendre, comme une nouvelle personne dans sa vie.</translation>
    </message>
    <message>
        <source>A lot of hope would hang on one answer that you do not control.</source>
        <translation>Beaucoup d’espoir reposerait sur une seule réponse, qui ne dépend pas de toi.</translation>
    </message>
    <message>
        <source>That&apos;s okay. Looking is not contact, so your counter keeps running.</source>
        <translation>Ce n’est pas grave. Regarder n’est pas un contact, alors ton compteur continue.</translation>
    </message>
    <message>
        <source>That&apos;s okay. Going there is not contact, so your counter keeps running.</source>
        <translation>Ce n’est pas grave. Y aller n’est pas un contact, alors ton compteur continue.</translation>
    </message>
    <message>
        <source>That&apos;s okay. It was not contact, so your counter keeps running.</source>
        <translation>Ce n’est pas grave. Ce n’était pas un contact, alors ton compteur continue.</translation>
    </message>
    <message>
        <source>Be gentle with yourself. Closing the tab, and muting them if you choose, makes the next wave easier.</source>
        <translation>Sois doux avec toi. Fermer l’onglet, et mettre ton ex en sourdine si tu veux, rend la prochaine vague plus facile.</translation>
    </message>
    <message>
        <source>Be gentle with yourself. When you are ready, look at what set it off; next time you can plan somewhere else to be.</source>
        <translation>Sois doux avec toi. Quand tu seras prêt·e, regarde ce qui l’a déclenché ; la prochaine fois, tu pourras prévoir d’être ailleurs.</translation>
    </message>
    <message>
        <source>Noted as logistics. Your stretch keeps going.</source>
        <translation>Noté comme logistique. Ta série continue.</translation>
    </message>
    <message>
        <source>Keeping it to what needs sorting is a way of looking after yourself.</source>
        <translation>T’en tenir au nécessaire, c’est aussi prendre soin de toi.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ActivitiesSection</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Go for a run</source>
        <translation>Aller courir</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Activité :</translation>
    </message>
    <message>
        <source>Things to do instead, that take your mind off them for a while.</source>
        <translation>Des choses à faire à la place, qui te changent les idées un moment.</translation>
    </message>
    <message>
        <source>Add a few things that help you: a walk, a workout, cooking something, a film.</source>
        <translation>Ajoute quelques choses qui t’aident : une marche, du sport, cuisiner, un film.</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Ajouter une activité</translation>
    </message>
    <message>
        <source>Edit this activity</source>
        <translation>Modifier cette activité</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Your activities</source>
        <translation>Tes activités</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Remove “%1” from your activities?</source>
        <translation>Retirer « %1 » de tes activités ?</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::BackupsPanel</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurer la sauvegarde sélectionnée</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>Backed up by you</source>
        <translation>Faite par toi</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Avant une mise à jour</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <source>Before a change of encryption</source>
        <translation>Avant un changement de chiffrement</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Backed up on %1.</source>
        <translation>Sauvegarde faite le %1.</translation>
    </message>
    <message>
        <source>Restored the backup from %1. What you had before is kept as the backup “%2”.</source>
        <translation>Sauvegarde du %1 restaurée. Ce que tu avais avant est conservé dans la sauvegarde « %2 ».</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace your data with the backup from %1?</source>
        <translation>Remplacer tes données par la sauvegarde du %1 ?</translation>
    </message>
    <message>
        <source>Holdfast first takes a backup of your data as it is now, so you can go back to it from this list. Anything written after %1 is only in that new backup.</source>
        <translation>Holdfast fait d’abord une sauvegarde de tes données actuelles, pour que tu puisses y revenir depuis cette liste. Tout ce qui a été écrit après le %1 se trouve seulement dans cette nouvelle sauvegarde.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Holdfast copies your data once a day when it starts and keeps the newest %n backup(s). Restoring one replaces your current data, after a backup of it.</source>
        <translation>
            <numerusform>Holdfast copie tes données une fois par jour au démarrage et garde %n sauvegarde, la plus récente. En restaurer une remplace tes données actuelles, après les avoir sauvegardées.</numerusform>
            <numerusform>Holdfast copie tes données une fois par jour au démarrage et garde les %n sauvegardes les plus récentes. En restaurer une remplace tes données actuelles, après les avoir sauvegardées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backups yet. Holdfast takes the first one when it starts, or now if you press “Back up now”.</source>
        <translation>Aucune sauvegarde pour l’instant. Holdfast fait la première au démarrage, ou maintenant si tu appuies sur « Sauvegarder maintenant ».</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::BreathingWidget</name>
    <message>
        <source>Breathing guide</source>
        <translation>Guide de respiration</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspire</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Breathe in slowly for four seconds</source>
        <translation>Inspire lentement pendant quatre secondes</translation>
    </message>
    <message>
        <source>Breathe out slowly for six seconds</source>
        <translation>Expire lentement pendant six secondes</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ChartCard</name>
    <message>
        <source>Chart. The same figures are in a table: press “Show as table” at the top of the review.</source>
        <translation>Graphique. Les mêmes chiffres sont dans un tableau : appuie sur « Afficher en tableau » en haut du bilan.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CheckInCard</name>
    <message>
        <source>Morning check-in</source>
        <translation>Point du matin</translation>
    </message>
    <message>
        <source>A moment for yourself before the day begins.</source>
        <translation>Un moment pour toi avant que la journée commence.</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bas</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sommeil</translation>
    </message>
    <message>
        <source>Restless</source>
        <translation>Agité</translation>
    </message>
    <message>
        <source>Rested</source>
        <translation>Reposant</translation>
    </message>
    <message>
        <source>Intention</source>
        <translation>Intention</translation>
    </message>
    <message>
        <source>Intention for today</source>
        <translation>Intention du jour</translation>
    </message>
    <message>
        <source>One intention for today (optional)</source>
        <translation>Une intention pour aujourd’hui (facultatif)</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Enregistrer le point</translation>
    </message>
    <message>
        <source>Update check-in</source>
        <translation>Mettre à jour le point</translation>
    </message>
    <message>
        <source>Changed. Save to update today&apos;s check-in.</source>
        <translation>Modifié. Enregistre pour mettre à jour le point du jour.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Pas encore enregistré.</translation>
    </message>
    <message>
        <source>Pick a number for your mood and your sleep.</source>
        <translation>Choisis un chiffre pour ton humeur et ton sommeil.</translation>
    </message>
    <message>
        <source>Saved at %1. You can change it until midnight.</source>
        <translation>Enregistré à %1. Tu peux le modifier jusqu’à minuit.</translation>
    </message>
    <message>
        <source>How are you arriving today? Pick a number for each.</source>
        <translation>Comment arrives-tu aujourd’hui ? Choisis un chiffre pour chacun.</translation>
    </message>
    <message>
        <source>Pick a number for your mood and your sleep first.</source>
        <translation>Choisis d’abord un chiffre pour ton humeur et ton sommeil.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ClearPathSection</name>
    <message>
        <source>Small steps that make reaching out harder. Tick them as you do them; Holdfast never touches your other apps.</source>
        <translation>De petits pas qui rendent plus difficile de reprendre contact. Coche-les au fur et à mesure ; Holdfast ne touche jamais à tes autres applis.</translation>
    </message>
    <message>
        <source>Clear the path</source>
        <translation>Dégager le chemin</translation>
    </message>
    <message>
        <source>&amp;Mute or unfollow them</source>
        <translation>&amp;Mettre ton ex en sourdine ou ne plus suivre son compte</translation>
    </message>
    <message>
        <source>&amp;Archive the chat</source>
        <translation>Archiver la &amp;conversation</translation>
    </message>
    <message>
        <source>Move their &amp;photos to a folder out of sight</source>
        <translation>Ranger ses &amp;photos dans un dossier hors de vue</translation>
    </message>
    <message>
        <source>&amp;Remove them from favourites and pinned contacts</source>
        <translation>&amp;Retirer ton ex des favoris et des contacts épinglés</translation>
    </message>
    <message>
        <source>The path is clearer. That took care.</source>
        <translation>Le chemin est plus dégagé. Tu as pris soin de toi.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CounterCard</name>
    <message>
        <source>No-contact counter</source>
        <translation>Compteur sans contact</translation>
    </message>
    <message>
        <source>No contact for</source>
        <translation>Sans contact depuis</translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation>Plus longue série</translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation>Jours sans contact</translation>
    </message>
    <message>
        <source>Fresh starts</source>
        <translation>Nouveaux départs</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>&amp;Noter un contact…</translation>
    </message>
    <message>
        <source>Record a message about children, work or shared things</source>
        <translation>Noter un message sur les enfants, le travail ou ce que vous partagez</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>days, hours</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
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
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not counting yet</source>
        <translation>Pas encore de compteur</translation>
    </message>
    <message>
        <source>Set when no contact began, and the count starts.</source>
        <translation>Indique quand tu as arrêté le contact, et le décompte commence.</translation>
    </message>
    <message>
        <source>Since %1, %2</source>
        <translation>Depuis %1, %2</translation>
    </message>
    <message>
        <source>No personal contact for</source>
        <translation>Sans contact personnel depuis</translation>
    </message>
    <message>
        <source>Days without personal contact</source>
        <translation>Jours sans contact personnel</translation>
    </message>
    <message>
        <source>No personal contact for %1</source>
        <translation>Sans contact personnel depuis %1</translation>
    </message>
    <message>
        <source>No contact for %1</source>
        <translation>Sans contact depuis %1</translation>
    </message>
    <message numerus="yes">
        <source>%n logistics contact(s) kept in this stretch</source>
        <translation>
            <numerusform>%n contact logistique gardé dans cette série</numerusform>
            <numerusform>%n contacts logistiques gardés dans cette série</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CrisisCard</name>
    <message>
        <source>Crisis help</source>
        <translation>Aide d’urgence</translation>
    </message>
    <message>
        <source>About Holdfast</source>
        <translation>À propos de Holdfast</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Holdfast %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A private companion for keeping no contact after a breakup. Everything stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Holdfast %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Un compagnon discret pour ne pas reprendre contact après une rupture. Tout reste sur cet ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>If you are in danger, or thinking about hurting yourself, please get help now.</source>
        <translation>Si tu es en danger, ou si tu penses à te faire du mal, demande de l’aide maintenant, s’il te plaît.</translation>
    </message>
    <message>
        <source>In an emergency, call %1.</source>
        <translation>En cas d’urgence, appelle le %1.</translation>
    </message>
    <message>
        <source>In an emergency, call your local emergency number.</source>
        <translation>En cas d’urgence, appelle le numéro d’urgence de ton pays.</translation>
    </message>
    <message>
        <source>Crisis lines to call when it gets too much (%1):</source>
        <translation>Lignes d’écoute à appeler quand c’est trop lourd (%1) :</translation>
    </message>
    <message>
        <source>To find a crisis line where you are:</source>
        <translation>Pour trouver une ligne d’écoute là où tu es :</translation>
    </message>
    <message>
        <source>In another country, %1 lists crisis lines:</source>
        <translation>Dans un autre pays, %1 répertorie des lignes d’écoute :</translation>
    </message>
    <message>
        <source>Your own line:</source>
        <translation>Ton propre numéro :</translation>
    </message>
    <message>
        <source>Someone on your side:</source>
        <translation>Quelqu’un de ton côté :</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>support person: name, phone or handle</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>If you can, tell someone near you how you feel.</source>
        <translation>Si tu le peux, dis à quelqu’un près de toi comment tu te sens.</translation>
    </message>
    <message>
        <source>Holdfast is a self-help tool, not therapy, and cannot replace a person who can help you. You can choose the country and add your own line in Settings.</source>
        <translation>Holdfast est un outil d’auto-assistance, pas une thérapie, et ne peut pas remplacer une personne capable de t’aider. Dans les Paramètres, tu peux choisir le pays et ajouter ton propre numéro.</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentine</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Autriche</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australie</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Allemagne</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Espagne</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlande</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>Mexique</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nouvelle-Zélande</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CrisisCountryCombo</name>
    <message>
        <source>Country for the crisis lines</source>
        <translation>Pays des lignes d’écoute</translation>
    </message>
    <message>
        <source>This computer&apos;s country</source>
        <translation>Pays de cet ordinateur</translation>
    </message>
    <message>
        <source>This computer&apos;s country (%1)</source>
        <translation>Pays de cet ordinateur (%1)</translation>
    </message>
    <message>
        <source>Another country</source>
        <translation>Un autre pays</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CrisisHelp</name>
    <message>
        <source>Crisis help (%1)</source>
        <translation>Aide d’urgence (%1)</translation>
    </message>
    <message>
        <source>Crisis help</source>
        <translation>Aide d’urgence</translation>
    </message>
    <message>
        <source>Shows where to get help right away</source>
        <translation>Montre où trouver de l’aide tout de suite</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::DashboardPage</name>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>When did no contact begin?</source>
        <translation>Quand as-tu arrêté le contact ?</translation>
    </message>
    <message>
        <source>Tell Holdfast when you last reached out to them, and it will count the days from there. If it is today, just start now.</source>
        <translation>Indique à Holdfast quand tu as repris contact pour la dernière fois, et il comptera les jours à partir de là. Si c’était aujourd’hui, commence maintenant.</translation>
    </message>
    <message>
        <source>Last contact:</source>
        <translation>Dernier contact :</translation>
    </message>
    <message>
        <source>When you last reached out</source>
        <translation>La dernière fois que tu as repris contact</translation>
    </message>
    <message>
        <source>Start counting</source>
        <translation>Lancer le compteur</translation>
    </message>
    <message>
        <source>Urges you let pass</source>
        <translation>Envies que tu as laissé passer</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>La semaine dernière</translation>
    </message>
    <message>
        <source>Reminder for today</source>
        <translation>Rappel du jour</translation>
    </message>
    <message>
        <source>For today</source>
        <translation>Pour aujourd’hui</translation>
    </message>
    <message>
        <source>One of your own reasons</source>
        <translation>Une de tes propres raisons</translation>
    </message>
    <message>
        <source>Hard days ahead</source>
        <translation>Jours difficiles à venir</translation>
    </message>
    <message>
        <source>Coming up this week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>No hard dates in the next seven days. You can mark birthdays, anniversaries and holidays in your plan.</source>
        <translation>Aucune date difficile dans les sept prochains jours. Tu peux noter anniversaires, dates importantes et fêtes dans ton plan.</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Bonjour</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Bon après-midi</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Bonsoir</translation>
    </message>
    <message>
        <source>Each one you let pass is proof of your strength.</source>
        <translation>Chaque envie que tu laisses passer prouve ta force.</translation>
    </message>
    <message>
        <source>Every urge that passes makes the next one a little weaker.</source>
        <translation>Chaque envie qui passe rend la suivante un peu plus faible.</translation>
    </message>
    <message>
        <source>When an urge comes, the button on the left is there for you.</source>
        <translation>Quand une envie arrive, le bouton à gauche est là pour toi.</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message numerus="yes">
        <source>%1, in %n day(s)</source>
        <translation>
            <numerusform>%1, dans %n jour</numerusform>
            <numerusform>%1, dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>dddd, d MMMM</source>
        <comment>date of an upcoming risk date</comment>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No plan yet. A few lines in your plan can make the day easier.</source>
        <translation>Pas encore de plan. Quelques lignes dans ton plan peuvent rendre la journée plus facile.</translation>
    </message>
    <message>
        <source>Your plan: %1</source>
        <translation>Ton plan : %1</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Tes progrès</translation>
    </message>
    <message>
        <source>Your progress is hidden while discreet mode is on.</source>
        <translation>Tes progrès sont masqués tant que le mode discret est activé.</translation>
    </message>
    <message>
        <source>Your progress is shown until you leave this screen.</source>
        <translation>Tes progrès restent visibles jusqu’à ce que tu quittes cet écran.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Show your progress</source>
        <translation>Afficher tes progrès</translation>
    </message>
    <message>
        <source>Hide your progress</source>
        <translation>Masquer tes progrès</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ExportDialog</name>
    <message>
        <source>Export your data</source>
        <translation>Exporter tes données</translation>
    </message>
    <message>
        <source>Everything you have written and recorded, with your plan and settings.</source>
        <translation>Tout ce que tu as écrit et noté, avec ton plan et tes paramètres.</translation>
    </message>
    <message>
        <source>One &amp;JSON file: a full copy you can import again</source>
        <translation>Un fichier &amp;JSON : une copie complète que tu peux réimporter</translation>
    </message>
    <message>
        <source>&amp;CSV files, one per kind of record: for spreadsheets</source>
        <translation>Des fichiers &amp;CSV, un par type de données : pour les tableurs</translation>
    </message>
    <message>
        <source>Where to save the export</source>
        <translation>Où enregistrer l’export</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>The export is not encrypted. Keep it somewhere only you can open.</source>
        <translation>L’export n’est pas chiffré. Garde-le dans un endroit auquel personne d’autre n’a accès.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Exporter en JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Dossier pour les fichiers CSV</translation>
    </message>
    <message>
        <source>Nothing was exported. %1</source>
        <translation>Rien n’a été exporté. %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Exporté vers %2 : %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 as %n CSV file(s) in %2.</source>
        <translation>
            <numerusform>Exporté en %n fichier CSV dans %2 : %1.</numerusform>
            <numerusform>Exporté en %n fichiers CSV dans %2 : %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::IfThenPlansSection</name>
    <message>
        <source>If this happens</source>
        <translation>Si ça arrive</translation>
    </message>
    <message>
        <source>In my own words…</source>
        <translation>Avec mes propres mots…</translation>
    </message>
    <message>
        <source>The trigger in your own words</source>
        <translation>Le déclencheur avec tes propres mots</translation>
    </message>
    <message>
        <source>I see their stories</source>
        <translation>Je vois ses stories</translation>
    </message>
    <message>
        <source>Then I will</source>
        <translation>Alors je vais</translation>
    </message>
    <message>
        <source>I mute them and call Sam</source>
        <translation>Je masque son compte et j’appelle Sam</translation>
    </message>
    <message>
        <source>&amp;If:</source>
        <translation>&amp;Si :</translation>
    </message>
    <message>
        <source>In your &amp;words:</source>
        <translation>Avec tes &amp;mots :</translation>
    </message>
    <message>
        <source>&amp;Then:</source>
        <translation>&amp;Alors :</translation>
    </message>
    <message>
        <source>Decide now what you will do when it gets hard, so you don&apos;t have to decide in the moment.</source>
        <translation>Décide maintenant de ce que tu feras quand ce sera dur, pour ne pas avoir à décider sur le moment.</translation>
    </message>
    <message>
        <source>Pick a moment that usually sets you off, and write what you will do instead. For example: if I see their stories, then I mute them and call Sam.</source>
        <translation>Choisis un moment qui te fait souvent vaciller, et écris ce que tu feras à la place. Par exemple : si je vois ses stories, je masque son compte et j’appelle Sam.</translation>
    </message>
    <message>
        <source>Add an if-then plan</source>
        <translation>Ajouter un plan si-alors</translation>
    </message>
    <message>
        <source>Edit this if-then plan</source>
        <translation>Modifier ce plan si-alors</translation>
    </message>
    <message>
        <source>Add plan</source>
        <translation>Ajouter un plan</translation>
    </message>
    <message>
        <source>Your if-then plans</source>
        <translation>Tes plans si-alors</translation>
    </message>
    <message>
        <source>If-then plans</source>
        <translation>Plans si-alors</translation>
    </message>
    <message>
        <source>If: %1
Then: %2</source>
        <translation>Si : %1
Alors : %2</translation>
    </message>
    <message>
        <source>Remove the plan for “%1”?</source>
        <translation>Retirer le plan pour « %1 » ?</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ImportDialog</name>
    <message>
        <source>Import data</source>
        <translation>Importer des données</translation>
    </message>
    <message>
        <source>A Holdfast export (.json) or a Daylio export (.csv). The whole file is checked before anything is written.</source>
        <translation>Un export Holdfast (.json) ou un export Daylio (.csv). Le fichier entier est vérifié avant toute écriture.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Your Daylio moods on Holdfast&apos;s scale</source>
        <translation>Tes humeurs Daylio sur l’échelle de Holdfast</translation>
    </message>
    <message>
        <source>Each day becomes one check-in with the average of that day&apos;s moods. Your choice is remembered for the next import.</source>
        <translation>Chaque jour devient un point du matin avec la moyenne des humeurs de la journée. Ton choix est mémorisé pour la prochaine importation.</translation>
    </message>
    <message>
        <source>How to import</source>
        <translation>Mode d’importation</translation>
    </message>
    <message>
        <source>&amp;Add what is not here yet (nothing is changed or removed)</source>
        <translation>&amp;Ajouter ce qui n’est pas encore là (rien n’est modifié ni supprimé)</translation>
    </message>
    <message>
        <source>&amp;Replace all my data and settings with the file&apos;s</source>
        <translation>&amp;Remplacer toutes mes données et mes paramètres par ceux du fichier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Holdfast or Daylio exports (*.json *.csv);;All files (*)</source>
        <translation>Exports Holdfast ou Daylio (*.json *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was changed.</source>
        <translation>Ce fichier ne peut pas être importé ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>A Holdfast export.</source>
        <translation>Un export Holdfast.</translation>
    </message>
    <message numerus="yes">
        <source>A Daylio export with %n entry(s).</source>
        <translation>
            <numerusform>Un export Daylio avec %n entrée.</numerusform>
            <numerusform>Un export Daylio avec %n entrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Place of the Daylio mood “%1” on the scale</source>
        <translation>Place de l’humeur Daylio « %1 » sur l’échelle</translation>
    </message>
    <message>
        <source>Choose a place on the scale for every mood to see what will be imported.</source>
        <translation>Choisis une place sur l’échelle pour chaque humeur afin de voir ce qui sera importé.</translation>
    </message>
    <message>
        <source>Everything stored now will be replaced by: %1.</source>
        <translation>Tout ce qui est enregistré sera remplacé par : %1.</translation>
    </message>
    <message>
        <source>Ready to add: %1.</source>
        <translation>Prêt à ajouter : %1.</translation>
    </message>
    <message>
        <source>Already here, so left out: %1.</source>
        <translation>Déjà là, donc laissé de côté : %1.</translation>
    </message>
    <message>
        <source>Replace all your data?</source>
        <translation>Remplacer toutes tes données ?</translation>
    </message>
    <message>
        <source>Replace everything</source>
        <translation>Tout remplacer</translation>
    </message>
    <message>
        <source>Keep my data</source>
        <translation>Garder mes données</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Importé : %1.</translation>
    </message>
    <message>
        <source>This file holds no records, so replacing removes everything stored in Holdfast now (%1), and your settings become the file&apos;s.</source>
        <translation>Ce fichier ne contient aucune donnée, donc remplacer supprime tout ce qui est enregistré dans Holdfast maintenant (%1), et tes paramètres deviennent ceux du fichier.</translation>
    </message>
    <message>
        <source>Everything stored in Holdfast now, and your settings, will be replaced by the file&apos;s.</source>
        <translation>Tout ce qui est enregistré dans Holdfast maintenant, ainsi que tes paramètres, sera remplacé par le contenu du fichier.</translation>
    </message>
    <message>
        <source>A backup of what is here now is taken first; Settings, Backups can bring it back.</source>
        <translation>Une sauvegarde de ce qui est là maintenant est faite d’abord ; tu peux la restaurer depuis Paramètres, Sauvegardes.</translation>
    </message>
    <message>
        <source>Replaced: removed %1, imported %2.</source>
        <translation>Remplacé. Supprimé : %1 ; importé : %2.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::IntensitySlider</name>
    <message>
        <source>0 · calm</source>
        <translation>0 · calme</translation>
    </message>
    <message>
        <source>10 · overwhelming</source>
        <translation>10 · submergeant</translation>
    </message>
    <message>
        <source>Rated %1 out of 10</source>
        <translation>Évaluée à %1 sur 10</translation>
    </message>
    <message>
        <source>Last rated %1 out of 10. Use the arrow keys or type a number to rate again.</source>
        <translation>Dernière évaluation : %1 sur 10. Utilise les flèches ou tape un chiffre pour réévaluer.</translation>
    </message>
    <message>
        <source>–</source>
        <comment>not rated yet</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>Not rated yet. Use the arrow keys or type a number from 0 to 10.</source>
        <translation>Pas encore évaluée. Utilise les flèches ou tape un chiffre de 0 à 10.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::JournalEntriesView</name>
    <message>
        <source>New entry</source>
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <source>Start a new entry (%1)</source>
        <translation>Commencer une nouvelle entrée (%1)</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entrées du journal</translation>
    </message>
    <message>
        <source>Nothing matches. Try other words or fewer filters.</source>
        <translation>Aucun résultat. Essaie d’autres mots ou moins de filtres.</translation>
    </message>
    <message>
        <source>Your entries will appear here. Write as much or as little as you like.</source>
        <translation>Tes entrées apparaîtront ici. Écris autant ou aussi peu que tu veux.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n entries. Search or pick dates to find older ones.</source>
        <translation>
            <numerusform>Affichage de la dernière entrée (%n). Cherche ou choisis des dates pour retrouver les plus anciennes.</numerusform>
            <numerusform>Affichage des %n dernières entrées. Cherche ou choisis des dates pour retrouver les plus anciennes.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no words yet)</source>
        <translation>(pas encore de mots)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1, mood %2: %3</source>
        <translation>%1, humeur %2 : %3</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Supprimer l’entrée</translation>
    </message>
    <message>
        <source>Delete this entry from %1? It cannot be brought back.</source>
        <translation>Supprimer cette entrée du %1 ? Elle ne pourra pas être récupérée.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::JournalEntryEditor</name>
    <message>
        <source>Delete entry…</source>
        <translation>Supprimer l’entrée…</translation>
    </message>
    <message>
        <source>Deletes this entry after asking you</source>
        <translation>Supprime cette entrée après confirmation</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Entrée du journal</translation>
    </message>
    <message>
        <source>Write whatever is on your mind. Plain words are fine; Markdown works too. It stays on this computer.</source>
        <translation>Écris ce qui te passe par la tête. Des mots simples suffisent ; le Markdown fonctionne aussi. Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>É&amp;tiquettes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>e.g. walk, friends, sleep</source>
        <translation>ex. : marche, amis, sommeil</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>Sépare les étiquettes par des virgules</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>New entry · %1</source>
        <translation>Nouvelle entrée · %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::JournalFilterBar</name>
    <message>
        <source>Search your journal</source>
        <translation>Rechercher dans ton journal</translation>
    </message>
    <message>
        <source>Show entries with this tag</source>
        <translation>Afficher les entrées avec cette étiquette</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Show entries with this mood</source>
        <translation>Afficher les entrées avec cette humeur</translation>
    </message>
    <message>
        <source>Any mood</source>
        <translation>Toute humeur</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Toute date</translation>
    </message>
    <message>
        <source>Untick to show only entries between two dates</source>
        <translation>Décoche pour n’afficher que les entrées entre deux dates</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between two dates</comment>
        <translation>au</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Humeur</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::JournalPage</name>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Journal folders</source>
        <translation>Dossiers du journal</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <source>Unsent messages</source>
        <translation>Messages non envoyés</translation>
    </message>
    <message>
        <source>What you wrote to them instead of sending it</source>
        <translation>Ce que tu lui as écrit au lieu de l’envoyer</translation>
    </message>
    <message>
        <source>Read it again</source>
        <translation>Le relire</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>You wrote an unsent message yesterday. Want to read it again with today&apos;s eyes?</source>
        <translation>Hier, tu as écrit un message non envoyé. Tu veux le relire avec le regard d’aujourd’hui ?</translation>
    </message>
    <message numerus="yes">
        <source>You wrote %n unsent messages yesterday. Want to read them again with today&apos;s eyes?</source>
        <translation>
            <numerusform>Hier, tu as écrit %n message non envoyé. Tu veux le relire avec le regard d’aujourd’hui ?</numerusform>
            <numerusform>Hier, tu as écrit %n messages non envoyés. Tu veux les relire avec le regard d’aujourd’hui ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::JournalPromptPanel</name>
    <message>
        <source>Need a place to start?</source>
        <translation>Besoin d’un point de départ ?</translation>
    </message>
    <message>
        <source>Other prompts</source>
        <translation>Autres pistes</translation>
    </message>
    <message>
        <source>Shows different writing prompts</source>
        <translation>Affiche d’autres pistes d’écriture</translation>
    </message>
    <message>
        <source>Starts your entry with this question</source>
        <translation>Commence ton entrée par cette question</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::LockScreen</name>
    <message>
        <source>Holdfast is locked</source>
        <translation>Holdfast est verrouillé</translation>
    </message>
    <message>
        <source>What you wrote is protected with your passphrase. Type it to open your journal and plan.</source>
        <translation>Ce que tu as écrit est protégé par ta phrase secrète. Saisis-la pour ouvrir ton journal et ton plan.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Crisis help (%1)</source>
        <translation>Aide d’urgence (%1)</translation>
    </message>
    <message>
        <source>Crisis help</source>
        <translation>Aide d’urgence</translation>
    </message>
    <message>
        <source>Shows where to get help right away</source>
        <translation>Indique où trouver de l’aide tout de suite</translation>
    </message>
    <message>
        <source>“I want to text my ex” works while Holdfast is locked.</source>
        <translation>« J’ai envie d’écrire à mon ex » fonctionne même quand Holdfast est verrouillé.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Saisis d’abord ta phrase secrète.</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Ouverture de tes données…</translation>
    </message>
    <message>
        <source>That passphrase did not open your data. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Cette phrase secrète n’a pas ouvert tes données. Vérifie la touche Verr. Maj et la disposition du clavier, puis réessaie.</translation>
    </message>
    <message numerus="yes">
        <source>Take a breath. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Prends une respiration. Tu pourras réessayer dans %n seconde.</numerusform>
            <numerusform>Prends une respiration. Tu pourras réessayer dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>“%1” works while this is locked.</source>
        <translation>« %1 » fonctionne même verrouillé.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::LogContactDialog</name>
    <message>
        <source>Log contact</source>
        <translation>Noter un contact</translation>
    </message>
    <message>
        <source>Contact you need to have, about children, work or shared things, is kept here and in your review. It doesn&apos;t end your stretch.</source>
        <translation>Le contact que tu dois avoir, pour les enfants, le travail ou ce que vous partagez, est gardé ici et dans ton bilan. Il ne met pas fin à ta série.</translation>
    </message>
    <message>
        <source>What was it about?</source>
        <translation>De quoi s’agissait-il ?</translation>
    </message>
    <message>
        <source>&amp;Logistics only</source>
        <translation>&amp;Logistique seulement</translation>
    </message>
    <message>
        <source>It went &amp;past logistics</source>
        <translation>Ça allait &amp;au-delà de la logistique</translation>
    </message>
    <message>
        <source>Who started it?</source>
        <translation>Qui a commencé ?</translation>
    </message>
    <message>
        <source>&amp;They did</source>
        <translation>Cette &amp;personne</translation>
    </message>
    <message>
        <source>&amp;I did</source>
        <translation>&amp;Moi</translation>
    </message>
    <message>
        <source>I replie&amp;d</source>
        <translation>J’ai r&amp;épondu</translation>
    </message>
    <message>
        <source>Ho&amp;w:</source>
        <translation>C&amp;omment :</translation>
    </message>
    <message>
        <source>For example: pick-up moved to 5 pm</source>
        <translation>Par exemple : récupération à 17 h</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Note (facultative) :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>This is not saved yet. Everything you entered is still here.</source>
        <translation>Ce n’est pas encore enregistré. Tout ce que tu as saisi est encore là.</translation>
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
        <translation>Retour du soir</translation>
    </message>
    <message>
        <source>An easy day (1 of 5)</source>
        <translation>Une journée facile (1 sur 5)</translation>
    </message>
    <message>
        <source>A fairly easy day (2 of 5)</source>
        <translation>Une journée plutôt facile (2 sur 5)</translation>
    </message>
    <message>
        <source>A middling day (3 of 5)</source>
        <translation>Une journée moyenne (3 sur 5)</translation>
    </message>
    <message>
        <source>A hard day (4 of 5)</source>
        <translation>Une journée difficile (4 sur 5)</translation>
    </message>
    <message>
        <source>A very hard day (5 of 5)</source>
        <translation>Une journée très difficile (5 sur 5)</translation>
    </message>
    <message>
        <source>Tonight&apos;s look back</source>
        <translation>Ton retour de ce soir</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Aujourd’hui : %1</translation>
    </message>
    <message>
        <source>Change tonight&apos;s look back…</source>
        <translation>Modifier le retour de ce soir…</translation>
    </message>
    <message>
        <source>How was today? A minute to close the day before you sleep.</source>
        <translation>Comment s’est passée la journée ? Une minute pour la clore avant de dormir.</translation>
    </message>
    <message>
        <source>Look back on today…</source>
        <translation>Revenir sur la journée…</translation>
    </message>
    <message>
        <source>From last night</source>
        <translation>D’hier soir</translation>
    </message>
    <message>
        <source>What helped: %1</source>
        <translation>Ce qui a aidé : %1</translation>
    </message>
    <message>
        <source>For tomorrow: %1</source>
        <translation>Pour demain : %1</translation>
    </message>
    <message>
        <source>Yesterday was an easy day (1 of 5).</source>
        <translation>Hier a été une journée facile (1 sur 5).</translation>
    </message>
    <message>
        <source>Yesterday was a fairly easy day (2 of 5).</source>
        <translation>Hier a été une journée plutôt facile (2 sur 5).</translation>
    </message>
    <message>
        <source>Yesterday was a middling day (3 of 5).</source>
        <translation>Hier a été une journée moyenne (3 sur 5).</translation>
    </message>
    <message>
        <source>Yesterday was hard (4 of 5). You got through it.</source>
        <translation>Hier a été dur (4 sur 5). Tu as tenu bon.</translation>
    </message>
    <message>
        <source>Yesterday was very hard (5 of 5). You got through it.</source>
        <translation>Hier a été très dur (5 sur 5). Tu as tenu bon.</translation>
    </message>
    <message>
        <source>Your line for today: %1</source>
        <extracomment>the line the person wrote last night for the day after; &quot;tomorrow&quot; tonight, &quot;today&quot; the next morning</extracomment>
        <translation>Ta ligne pour aujourd’hui : %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::LookBackDialog</name>
    <message>
        <source>Evening look back</source>
        <translation>Retour du soir</translation>
    </message>
    <message>
        <source>How was today?</source>
        <translation>Comment s’est passée la journée ?</translation>
    </message>
    <message>
        <source>A minute to close the day. Only the first question needs an answer.</source>
        <translation>Une minute pour clore la journée. Seule la première réponse est nécessaire.</translation>
    </message>
    <message>
        <source>How hard was today</source>
        <translation>À quel point la journée a été dure</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Facile</translation>
    </message>
    <message>
        <source>Very hard</source>
        <translation>Très dure</translation>
    </message>
    <message>
        <source>How &amp;hard was today?</source>
        <translation>Était-ce &amp;dur aujourd’hui ?</translation>
    </message>
    <message>
        <source>One thing that helped</source>
        <translation>Une chose qui a aidé</translation>
    </message>
    <message>
        <source>For example: a walk after dinner</source>
        <translation>Par exemple : une promenade après le dîner</translation>
    </message>
    <message>
        <source>One thing that he&amp;lped:</source>
        <translation>Une chose qui a &amp;aidé :</translation>
    </message>
    <message>
        <source>One line for tomorrow</source>
        <translation>Une ligne pour demain</translation>
    </message>
    <message>
        <source>For example: phone stays in the kitchen tonight</source>
        <translation>Par exemple : ce soir, le téléphone reste à la cuisine</translation>
    </message>
    <message>
        <source>One line for &amp;tomorrow:</source>
        <translation>Une ligne pour de&amp;main :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Not tonight</source>
        <translation>&amp;Pas ce soir</translation>
    </message>
    <message>
        <source>This is not saved yet. Everything you wrote is still here.</source>
        <translation>Ce n’est pas encore enregistré. Tout ce que tu as écrit est encore là.</translation>
    </message>
    <message>
        <source>Keep what you wrote tonight?</source>
        <translation>Garder ce que tu as écrit ce soir ?</translation>
    </message>
    <message>
        <source>&amp;Keep writing</source>
        <translation>&amp;Continuer d’écrire</translation>
    </message>
    <message>
        <source>&amp;Save it</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>To save it, first say how hard today was.</source>
        <translation>Pour l’enregistrer, dis d’abord à quel point la journée a été dure.</translation>
    </message>
    <message>
        <source>&amp;Let it go</source>
        <translation>&amp;Laisser aller</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Say how hard today was first, then save. The rest can stay empty.</source>
        <translation>Dis d’abord à quel point la journée a été dure, puis enregistre. Le reste peut rester vide.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::LookBackWeekCard</name>
    <message>
        <source>The week&apos;s evening look backs</source>
        <translation>Les retours du soir de la semaine</translation>
    </message>
    <message>
        <source>How hard each day was</source>
        <translation>À quel point chaque journée a été dure</translation>
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
        <translation>Écrans</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>I want to text my ex</source>
        <translation>J’ai envie d’écrire à mon ex</translation>
    </message>
    <message>
        <source>Opens a short exercise that helps you ride out the urge</source>
        <translation>Ouvre un court exercice pour t’aider à laisser passer l’envie</translation>
    </message>
    <message>
        <source>Ride out the urge (%1)</source>
        <translation>Laisser passer l’envie (%1)</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>Bientôt disponible</translation>
    </message>
    <message>
        <source>Your check-in could not be saved, so Holdfast stays open and keeps it.</source>
        <translation>Ton point du matin n’a pas pu être enregistré, donc Holdfast reste ouvert et le garde.</translation>
    </message>
    <message>
        <source>Your journal entry could not be saved, so Holdfast stays open and keeps it.</source>
        <translation>Ton entrée du journal n’a pas pu être enregistrée, donc Holdfast reste ouvert et la garde.</translation>
    </message>
    <message>
        <source>The screen says what went wrong. Try again in a moment.</source>
        <translation>L’écran indique ce qui n’a pas marché. Réessaie dans un moment.</translation>
    </message>
    <message>
        <source>Your check-in is not saved yet: it needs a number for your mood and your sleep.</source>
        <translation>Ton point du matin n’est pas encore enregistré : il lui faut un chiffre pour ton humeur et ton sommeil.</translation>
    </message>
    <message>
        <source>Close Holdfast without it?</source>
        <translation>Fermer Holdfast sans le point du matin ?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer à modifier</translation>
    </message>
    <message>
        <source>Close without it</source>
        <translation>Fermer sans le point</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>&amp;About Holdfast</source>
        <translation>À &amp;propos de Holdfast</translation>
    </message>
    <message>
        <source>Locks when encrypted and hides the window at once</source>
        <translation>Verrouille si c’est chiffré et masque aussitôt la fenêtre</translation>
    </message>
    <message>
        <source>Locks Holdfast when it is encrypted and hides it at once</source>
        <translation>Verrouille Holdfast s’il est chiffré et le masque aussitôt</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::MilestoneCard</name>
    <message>
        <source>Next milestone</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Progress to the next milestone</source>
        <translation>Progression vers la prochaine étape</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of the way</source>
        <translation>%1 % du chemin</translation>
    </message>
    <message>
        <source>Your first milestone is one day away once you start.</source>
        <translation>Dès que tu commences, ta première étape est à un jour.</translation>
    </message>
    <message numerus="yes">
        <source>%n more day(s) to go</source>
        <translation>
            <numerusform>Encore %n jour</numerusform>
            <numerusform>Encore %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You reached %n day(s) without personal contact. Take a quiet moment to notice that.</source>
        <translation>
            <numerusform>Tu as tenu %n jour sans contact personnel. Prends un moment calme pour le remarquer.</numerusform>
            <numerusform>Tu as tenu %n jours sans contact personnel. Prends un moment calme pour le remarquer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You reached %n day(s) without contact. Take a quiet moment to notice that.</source>
        <translation>
            <numerusform>Tu as atteint %n jour sans contact. Prends un moment calme pour le remarquer.</numerusform>
            <numerusform>Tu as atteint %n jours sans contact. Prends un moment calme pour le remarquer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::MoodPicker</name>
    <message>
        <source>Mood: %1 (click again to clear)</source>
        <translation>Humeur : %1 (clique à nouveau pour effacer)</translation>
    </message>
    <message>
        <source>Mood %1 of 5, %2</source>
        <translation>Humeur %1 sur 5, %2</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::OnboardingDialog</name>
    <message>
        <source>Welcome to Holdfast</source>
        <translation>Bienvenue dans Holdfast</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Holdfast helps you keep no contact after a breakup. It counts the time since you last reached out, walks you through the urge when it comes, and shows you week by week that the urges pass.</source>
        <translation>Holdfast t’aide à ne pas reprendre contact après une rupture. Il compte le temps depuis ton dernier contact, t’accompagne quand l’envie arrive et te montre, semaine après semaine, que les envies passent.</translation>
    </message>
    <message>
        <source>Everything stays on this computer. No account, no internet, nobody else sees it.</source>
        <translation>Tout reste sur cet ordinateur. Pas de compte, pas d’internet, personne d’autre ne le voit.</translation>
    </message>
    <message>
        <source>A few questions help Holdfast fit you. Each one can be skipped, and you can change every answer later.</source>
        <translation>Quelques questions aident Holdfast à s’adapter à toi. Chacune peut être passée, et tu pourras modifier toutes tes réponses plus tard.</translation>
    </message>
    <message>
        <source>When did the breakup happen?</source>
        <translation>Quand a eu lieu la rupture ?</translation>
    </message>
    <message>
        <source>Holdfast uses it to show how far you have come.</source>
        <translation>Holdfast s’en sert pour te montrer le chemin parcouru.</translation>
    </message>
    <message>
        <source>Breakup date</source>
        <translation>Date de la rupture</translation>
    </message>
    <message>
        <source>&amp;Breakup date:</source>
        <translation>Date de la &amp;rupture :</translation>
    </message>
    <message>
        <source>When did you last reach out to them?</source>
        <translation>Quand as-tu repris contact pour la dernière fois ?</translation>
    </message>
    <message>
        <source>Your no-contact time counts from here. If you haven&apos;t reached out since the breakup, leave the breakup date.</source>
        <translation>Ton temps sans contact compte à partir d’ici. Si tu n’as pas repris contact depuis la rupture, laisse la date de la rupture.</translation>
    </message>
    <message>
        <source>The last time you reached out</source>
        <translation>La dernière fois que tu as repris contact</translation>
    </message>
    <message>
        <source>&amp;Last time I reached out:</source>
        <translation>&amp;Dernier contact :</translation>
    </message>
    <message>
        <source>Why did you choose no contact?</source>
        <translation>Pourquoi as-tu choisi de couper le contact ?</translation>
    </message>
    <message>
        <source>Write up to three reasons in your own words. Holdfast shows them to you when the urge hits.</source>
        <translation>Écris jusqu’à trois raisons avec tes propres mots. Holdfast te les montre quand l’envie arrive.</translation>
    </message>
    <message>
        <source>Reason %1</source>
        <translation>Raison %1</translation>
    </message>
    <message>
        <source>A reason, in your own words</source>
        <translation>Une raison, avec tes propres mots</translation>
    </message>
    <message>
        <source>Reason &amp;%1:</source>
        <translation>Raison &amp;%1 :</translation>
    </message>
    <message>
        <source>Who can you call instead?</source>
        <translation>Qui peux-tu appeler à la place ?</translation>
    </message>
    <message>
        <source>One person you trust, for when it gets hard. You can add more later.</source>
        <translation>Une personne de confiance, pour les moments difficiles. Tu pourras en ajouter d’autres plus tard.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>A friend or family member</source>
        <translation>Quelqu’un de ton entourage</translation>
    </message>
    <message>
        <source>Phone number or handle</source>
        <translation>Numéro ou pseudo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Phone or handle:</source>
        <translation>&amp;Téléphone ou pseudo :</translation>
    </message>
    <message>
        <source>You&apos;re set</source>
        <translation>C’est prêt</translation>
    </message>
    <message>
        <source>When the urge to reach out comes, press “I want to text my ex” (%1). Holdfast walks you through it.</source>
        <translation>Quand l’envie de reprendre contact arrive, appuie sur « J’ai envie d’écrire à mon ex » (%1). Holdfast t’accompagne pas à pas.</translation>
    </message>
    <message>
        <source>You can change everything later: reasons and people under Plan, your dates under Settings.</source>
        <translation>Tu pourras tout modifier plus tard : raisons et personnes dans Plan, tes dates dans Paramètres.</translation>
    </message>
    <message>
        <source>Skip setup</source>
        <translation>Passer la configuration</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Passer pour l’instant</translation>
    </message>
    <message>
        <source>Get started</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Start using Holdfast</source>
        <translation>Commencer à utiliser Holdfast</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Répéter la phrase secrète</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Phrase &amp;secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>Encrypting your data… This takes a moment.</source>
        <translation>Chiffrement de tes données… Cela prend un moment.</translation>
    </message>
    <message>
        <source>Protect what I &amp;write with a passphrase (optional)</source>
        <translation>&amp;Protéger ce que j’écris avec une phrase secrète (facultatif)</translation>
    </message>
    <message>
        <source>Holdfast is a self-help tool, not therapy. If you are in crisis, press %1 or “Crisis help” below, at any time, to see where to get help.</source>
        <translation>Holdfast est un outil d’auto-assistance, pas une thérapie. Si tu traverses une crise, appuie à tout moment sur %1 ou sur « Aide d’urgence » ci-dessous pour voir où trouver de l’aide.</translation>
    </message>
    <message>
        <source>If it ever gets too much</source>
        <translation>Si un jour c’est trop lourd</translation>
    </message>
    <message>
        <source>Crisis help (%1) shows the emergency number and crisis lines for your country, and the person you named. If you have a line of your own, such as your doctor or a local service, add it here: it is shown beside them, never instead of them.</source>
        <translation>L’aide d’urgence (%1) montre le numéro d’urgence et les lignes d’écoute de ton pays, ainsi que la personne que tu as indiquée. Si tu as un numéro à toi, comme ton médecin ou un service près de chez toi, ajoute-le ici : il s’affiche à côté, jamais à leur place.</translation>
    </message>
    <message>
        <source>Your own crisis line</source>
        <translation>Ton propre numéro d’écoute</translation>
    </message>
    <message>
        <source>A number of your own (optional)</source>
        <translation>Un numéro à toi (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;Your own line:</source>
        <translation>&amp;Ton propre numéro :</translation>
    </message>
    <message>
        <source>Do you still need to be in touch, for children, work or shared things?</source>
        <translation>As-tu encore besoin d’être en contact, pour les enfants, le travail ou ce que vous partagez ?</translation>
    </message>
    <message>
        <source>Then Holdfast counts days without personal contact. Messages you mark as logistics, like pick-up times, are kept but don&apos;t end your stretch.</source>
        <translation>Holdfast compte alors les jours sans contact personnel. Les messages que tu marques comme logistiques, comme les horaires de récupération, sont gardés mais ne mettent pas fin à ta série.</translation>
    </message>
    <message>
        <source>&amp;No, I can keep no contact</source>
        <translation>&amp;Non, je peux rester sans contact</translation>
    </message>
    <message>
        <source>&amp;Yes, I still need some contact</source>
        <translation>&amp;Oui, j’ai encore besoin d’un peu de contact</translation>
    </message>
    <message>
        <source>You can change this any time in Settings.</source>
        <translation>Tu peux changer cela à tout moment dans les Réglages.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PlanPage</name>
    <message>
        <source>Your plan</source>
        <translation>Ton plan</translation>
    </message>
    <message>
        <source>What you decided on a calm day, ready for the hard ones.</source>
        <translation>Ce que tu as décidé un jour calme, prêt pour les jours difficiles.</translation>
    </message>
    <message>
        <source>Plan sections</source>
        <translation>Sections du plan</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PlanSection</name>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit the selected item (Enter)</source>
        <translation>Modifier l’élément sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Remove the selected item (Delete)</source>
        <translation>Retirer l’élément sélectionné (Suppr)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected item up (%1)</source>
        <translation>Monter l’élément sélectionné (%1)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected item down (%1)</source>
        <translation>Descendre l’élément sélectionné (%1)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Edit the selected item</source>
        <translation>Modifier l’élément choisi</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PrivacyPanel</name>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>Verrouiller après ce nombre de minutes d’inactivité</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Lock after no use for:</source>
        <translation>&amp;Verrouiller après une inactivité de :</translation>
    </message>
    <message>
        <source>Protect what you write with a passphrase</source>
        <translation>Protéger ce que tu écris avec une phrase secrète</translation>
    </message>
    <message>
        <source>Your journal, unsent messages, notes, reasons and the names in your plan are then stored encrypted. Holdfast asks for the passphrase each time it starts.</source>
        <translation>Ton journal, tes messages non envoyés, tes notes, tes raisons et les noms de ton plan sont alors enregistrés chiffrés. Holdfast demande la phrase secrète à chaque démarrage.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Répéter la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>&amp;Turn on encryption</source>
        <translation>&amp;Activer le chiffrement</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Phrase secrète act&amp;uelle :</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète :</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>Ré&amp;péter :</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Turn encryption off</source>
        <translation>Désactiver le chiffrement</translation>
    </message>
    <message>
        <source>What you wrote is then stored as plain text again, protected only by your account on this computer.</source>
        <translation>Ce que tu as écrit est alors de nouveau enregistré en texte clair, protégé seulement par ton compte sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Phrase &amp;secrète :</translation>
    </message>
    <message>
        <source>Turn encryption &amp;off</source>
        <translation>&amp;Désactiver le chiffrement</translation>
    </message>
    <message>
        <source>Encryption is on. What you write is stored encrypted and needs your passphrase.</source>
        <translation>Le chiffrement est activé. Ce que tu écris est enregistré chiffré et nécessite ta phrase secrète.</translation>
    </message>
    <message>
        <source>Encryption is off. What you write is stored as plain text in your data folder, protected by your account on this computer.</source>
        <translation>Le chiffrement est désactivé. Ce que tu écris est enregistré en texte clair dans ton dossier de données, protégé par ton compte sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Counts time without keyboard or mouse use in Holdfast. %1 locks and hides it at once.</source>
        <translation>Compte le temps sans utilisation du clavier ou de la souris dans Holdfast. %1 le verrouille et le masque aussitôt.</translation>
    </message>
    <message>
        <source>Auto-lock needs encryption. %1 still hides Holdfast at once.</source>
        <translation>Le verrouillage automatique nécessite le chiffrement. %1 masque quand même Holdfast aussitôt.</translation>
    </message>
    <message numerus="yes">
        <source>Take a breath. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Prends une respiration. Tu pourras réessayer dans %n seconde.</numerusform>
            <numerusform>Prends une respiration. Tu pourras réessayer dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>That passphrase did not match. Nothing was changed.</source>
        <translation>Cette phrase secrète ne correspond pas. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Encrypting your data… This takes a moment.</source>
        <translation>Chiffrement de tes données… Cela prend un moment.</translation>
    </message>
    <message>
        <source>Encryption is on. From now on Holdfast asks for your passphrase when it starts.</source>
        <translation>Le chiffrement est activé. Désormais, Holdfast demande ta phrase secrète au démarrage.</translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>Saisis d’abord ta phrase secrète actuelle.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Changement de la phrase secrète…</translation>
    </message>
    <message>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation>La phrase secrète a été changée. Utilise la nouvelle désormais.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Saisis d’abord ta phrase secrète.</translation>
    </message>
    <message>
        <source>Decrypting your data… This takes a moment.</source>
        <translation>Déchiffrement de tes données… Cela prend un moment.</translation>
    </message>
    <message>
        <source>Encryption is off. Holdfast no longer asks for a passphrase.</source>
        <translation>Le chiffrement est désactivé. Holdfast ne demande plus de phrase secrète.</translation>
    </message>
    <message>
        <source>&amp;Discreet mode</source>
        <translation>Mode &amp;discret</translation>
    </message>
    <message>
        <source>The panic button&apos;s label in discreet mode</source>
        <translation>Le libellé du bouton panique en mode discret</translation>
    </message>
    <message>
        <source>Panic &amp;button label:</source>
        <translation>Libellé du &amp;bouton panique :</translation>
    </message>
    <message>
        <source>Shows “%1” as the name, a plain notebook in the tray, reminders without words about a breakup, and your counter only when you click. %2 still hides everything at once.</source>
        <translation>Affiche « %1 » comme nom, un simple carnet dans la zone de notification, des rappels sans mots sur une rupture, et ton compteur seulement quand tu cliques. %2 masque toujours tout aussitôt.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ReasonsSection</name>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>In your own words: why no contact?</source>
        <translation>Avec tes propres mots : pourquoi sans contact ?</translation>
    </message>
    <message>
        <source>%1 adds it</source>
        <translation>%1 l’ajoute</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison :</translation>
    </message>
    <message>
        <source>Why you chose no contact, in your own words. Holdfast shows them to you when the urge hits.</source>
        <translation>Pourquoi tu as choisi de couper le contact, avec tes propres mots. Holdfast te les montre quand l’envie arrive.</translation>
    </message>
    <message>
        <source>Write down why you chose no contact, in your own words. You&apos;ll see them when the urge hits.</source>
        <translation>Écris avec tes propres mots pourquoi tu as choisi de couper le contact. Tu les verras quand l’envie arrivera.</translation>
    </message>
    <message>
        <source>Add a reason</source>
        <translation>Ajouter une raison</translation>
    </message>
    <message>
        <source>Edit this reason</source>
        <translation>Modifier cette raison</translation>
    </message>
    <message>
        <source>Add reason</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Your reasons</source>
        <translation>Tes raisons</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
    <message>
        <source>Remove this reason?

“%1”</source>
        <translation>Retirer cette raison ?

« %1 »</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ReplyTemplates</name>
    <message>
        <source>Thanks, 5 pm works.</source>
        <translation>Merci, 17 h me va.</translation>
    </message>
    <message>
        <source>Please send that by email.</source>
        <translation>Envoie-moi ça par e-mail, s’il te plaît.</translation>
    </message>
    <message>
        <source>Noted, thanks.</source>
        <translation>C’est noté, merci.</translation>
    </message>
    <message>
        <source>I&apos;ll check and get back to you tomorrow.</source>
        <translation>Je regarde et je te redis demain.</translation>
    </message>
    <message>
        <source>Let&apos;s keep to what we arranged, please.</source>
        <translation>Tenons-nous à ce qu’on a convenu, s’il te plaît.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ReplyTemplatesPanel</name>
    <message>
        <source>Neutral &amp;replies</source>
        <translation>&amp;Réponses neutres</translation>
    </message>
    <message>
        <source>Copy one and paste it into your message. Holdfast sends nothing. To change a reply, select it and press F2.</source>
        <translation>Copie-en une et colle-la dans ton message. Holdfast n’envoie rien. Pour changer une réponse, sélectionne-la et appuie sur F2.</translation>
    </message>
    <message>
        <source>Neutral replies</source>
        <translation>Réponses neutres</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected reply</source>
        <translation>Copier la réponse sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add a reply</source>
        <translation>Ajouter une réponse</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Remove the selected reply</source>
        <translation>Retirer la réponse sélectionnée</translation>
    </message>
    <message>
        <source>Copied: “%1”</source>
        <translation>Copié : « %1 »</translation>
    </message>
    <message>
        <source>New reply</source>
        <translation>Nouvelle réponse</translation>
    </message>
    <message>
        <source>Your replies are not saved yet. %1</source>
        <translation>Tes réponses ne sont pas encore enregistrées. %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ReviewPage</name>
    <message>
        <source>Summary of the week</source>
        <translation>Résumé de la semaine</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Bilan de la semaine</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>Afficher en &amp;tableau</translation>
    </message>
    <message>
        <source>Show the same figures as tables, for the keyboard and screen readers</source>
        <translation>Afficher les mêmes chiffres sous forme de tableaux, pour le clavier et les lecteurs d’écran</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Exporter en &amp;PNG…</translation>
    </message>
    <message>
        <source>Save this week&apos;s summary and charts as a picture</source>
        <translation>Enregistrer le résumé et les graphiques de la semaine en image</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save this week as a one-page PDF report</source>
        <translation>Enregistrer la semaine en rapport PDF d’une page</translation>
    </message>
    <message>
        <source>Show the week before</source>
        <translation>Afficher la semaine d’avant</translation>
    </message>
    <message>
        <source>Show the current week</source>
        <translation>Afficher la semaine en cours</translation>
    </message>
    <message>
        <source>&amp;Next week ›</source>
        <translation>Semaine &amp;suivante ›</translation>
    </message>
    <message>
        <source>Show the week after</source>
        <translation>Afficher la semaine d’après</translation>
    </message>
    <message>
        <source>Show the week of this date</source>
        <translation>Afficher la semaine de cette date</translation>
    </message>
    <message>
        <source>Pick any day to show its week</source>
        <translation>Choisis un jour pour afficher sa semaine</translation>
    </message>
    <message>
        <source>Selected week: %1</source>
        <translation>Semaine sélectionnée : %1</translation>
    </message>
    <message>
        <source>Show as &amp;charts</source>
        <translation>Afficher en &amp;graphiques</translation>
    </message>
    <message>
        <source>Export the week as PDF</source>
        <translation>Exporter la semaine en PDF</translation>
    </message>
    <message>
        <source>Export the week as PNG</source>
        <translation>Exporter la semaine en PNG</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>‹ P&amp;revious week</source>
        <translation>‹ Semaine pré&amp;cédente</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Cette se&amp;maine</translation>
    </message>
    <message>
        <source>Contact with them this week: %1 personal, %2 logistics</source>
        <translation>Contact avec cette personne cette semaine : %1 personnel, %2 logistique</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::RiskDatesSection</name>
    <message>
        <source>What day is it</source>
        <translation>Quel jour</translation>
    </message>
    <message>
        <source>Their birthday</source>
        <translation>Son anniversaire</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Every &amp;year</source>
        <translation>Chaque &amp;année</translation>
    </message>
    <message>
        <source>Your plan for that day</source>
        <translation>Ton plan pour ce jour-là</translation>
    </message>
    <message>
        <source>Spend the day with Alex, phone on silent</source>
        <translation>Passer la journée avec Alex, téléphone en silencieux</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan :</translation>
    </message>
    <message>
        <source>Days you know will be hard: their birthday, your anniversary, holidays. Holdfast shows them on your dashboard the week before, with your plan.</source>
        <translation>Les jours dont tu sais qu’ils seront durs : son anniversaire, votre anniversaire de couple, les fêtes. Holdfast te les montre sur l’accueil la semaine d’avant, avec ton plan.</translation>
    </message>
    <message>
        <source>Add the days you know will be hard, and what you will do on them.</source>
        <translation>Ajoute les jours dont tu sais qu’ils seront durs, et ce que tu feras ces jours-là.</translation>
    </message>
    <message>
        <source>Add a hard day</source>
        <translation>Ajouter un jour difficile</translation>
    </message>
    <message>
        <source>Edit this day</source>
        <translation>Modifier ce jour</translation>
    </message>
    <message>
        <source>Add date</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Your risk dates</source>
        <translation>Tes dates sensibles</translation>
    </message>
    <message>
        <source>Risk dates</source>
        <translation>Dates sensibles</translation>
    </message>
    <message>
        <source>%1 · every year, next on %2</source>
        <translation>%1 · chaque année, prochaine fois le %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>title · date</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Plan : %1</translation>
    </message>
    <message>
        <source>Remove “%1” from your risk dates?</source>
        <translation>Retirer « %1 » de tes dates sensibles ?</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Your dates</source>
        <translation>Tes dates</translation>
    </message>
    <message>
        <source>Urges and help</source>
        <translation>Envies et aide</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>&amp;Morning reminder at:</source>
        <translation>&amp;Rappel du matin à :</translation>
    </message>
    <message>
        <source>A quiet notification in the morning to check in. Untick to turn it off.</source>
        <translation>Une notification discrète le matin pour faire le point. Décoche pour la désactiver.</translation>
    </message>
    <message>
        <source>Morning reminder time</source>
        <translation>Heure du rappel du matin</translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation>La semaine commence le</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>&amp;Week starts on:</source>
        <translation>La &amp;semaine commence le :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language is used the next time you start Holdfast.</source>
        <translation>La nouvelle langue sera utilisée au prochain lancement de Holdfast.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>&amp;Breakup date:</source>
        <translation>Date de la &amp;rupture :</translation>
    </message>
    <message>
        <source>Untick if you&apos;d rather not keep this date.</source>
        <translation>Décoche si tu préfères ne pas garder cette date.</translation>
    </message>
    <message>
        <source>Breakup date</source>
        <translation>Date de la rupture</translation>
    </message>
    <message>
        <source>&amp;Last time I reached out:</source>
        <translation>&amp;Dernier contact :</translation>
    </message>
    <message>
        <source>The last time you reached out</source>
        <translation>La dernière fois que tu as repris contact</translation>
    </message>
    <message>
        <source>Urge timer in minutes</source>
        <translation>Minuteur en minutes</translation>
    </message>
    <message>
        <source>Urge &amp;timer (minutes):</source>
        <translation>&amp;Minuteur (minutes) :</translation>
    </message>
    <message>
        <source>Urges rise, peak and fall. The timer gives yours the time to pass.</source>
        <translation>Les envies montent, culminent et retombent. Le minuteur laisse aux tiennes le temps de passer.</translation>
    </message>
    <message>
        <source>When they contact me, it only &amp;restarts my count if I replied</source>
        <translation>Si mon ex me contacte, mon compteur ne &amp;repart que si j’ai répondu</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Sauvegardes à garder</translation>
    </message>
    <message>
        <source>&amp;Backups to keep:</source>
        <translation>&amp;Sauvegardes à garder :</translation>
    </message>
    <message>
        <source>Holdfast makes a backup of your data once a day and keeps the newest ones.</source>
        <translation>Holdfast sauvegarde tes données une fois par jour et garde les plus récentes.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier de données :</translation>
    </message>
    <message>
        <source>Everything you write stays in this folder on this computer.</source>
        <translation>Tout ce que tu écris reste dans ce dossier, sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>If you reached out again, that&apos;s okay: set the time here and start over from there. Your no-contact time counts from the last time you reached out.</source>
        <translation>Si tu as repris contact, ce n’est pas grave : indique le moment ici et repars de là. Ton temps sans contact compte depuis la dernière fois que tu as repris contact.</translation>
    </message>
    <message>
        <source>&amp;Country for crisis lines:</source>
        <translation>&amp;Pays des lignes d’écoute :</translation>
    </message>
    <message>
        <source>Crisis help (%1) shows this country&apos;s emergency number and crisis lines, or a directory of crisis lines for any other country.</source>
        <translation>L’aide d’urgence (%1) montre le numéro d’urgence et les lignes d’écoute de ce pays, ou un annuaire de lignes d’écoute pour tout autre pays.</translation>
    </message>
    <message>
        <source>&amp;Your own crisis line:</source>
        <translation>&amp;Ton propre numéro d’écoute :</translation>
    </message>
    <message>
        <source>Your own crisis line</source>
        <translation>Ton propre numéro d’écoute</translation>
    </message>
    <message>
        <source>A number of your own: your doctor, a therapist, a local service</source>
        <translation>Un numéro à toi : ton médecin, ton ou ta thérapeute, un service près de chez toi</translation>
    </message>
    <message>
        <source>Shown on the crisis card beside the emergency number, never instead of it.</source>
        <translation>Affiché dans l’aide d’urgence à côté du numéro d’urgence, jamais à sa place.</translation>
    </message>
    <message>
        <source>Parts of the settings</source>
        <translation>Sections des paramètres</translation>
    </message>
    <message>
        <source>L&amp;ow-contact mode: I still need to be in touch</source>
        <translation>Mode contact ré&amp;duit : j’ai encore besoin d’être en contact</translation>
    </message>
    <message>
        <source>For children, work or shared things. The counter then counts days without personal contact; messages you log as logistics don&apos;t end your stretch.</source>
        <translation>Pour les enfants, le travail ou ce que vous partagez. Le compteur compte alors les jours sans contact personnel ; les messages notés comme logistiques ne mettent pas fin à ta série.</translation>
    </message>
    <message>
        <source>&amp;Evening look back</source>
        <translation>R&amp;etour du soir</translation>
    </message>
    <message>
        <source>One minute before bed: how hard today was, one thing that helped and one line for tomorrow. You see it again the next morning and in your review.</source>
        <translation>Une minute avant de dormir : à quel point la journée a été dure, une chose qui a aidé et une ligne pour demain. Tu le retrouves le lendemain matin et dans ton bilan.</translation>
    </message>
    <message>
        <source>Evening look back reminder time</source>
        <translation>Heure du rappel du retour du soir</translation>
    </message>
    <message>
        <source>Evening &amp;reminder at:</source>
        <translation>Rappel du s&amp;oir à :</translation>
    </message>
    <message>
        <source>A quiet notification in the evening to look back on the day. Untick to turn it off.</source>
        <translation>Une notification discrète le soir pour revenir sur la journée. Décoche pour la désactiver.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::SupportPeopleSection</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>A friend or family member</source>
        <translation>Quelqu’un de ton entourage</translation>
    </message>
    <message>
        <source>Phone number or handle</source>
        <translation>Numéro ou pseudo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Optional: when to call, what helps</source>
        <translation>Facultatif : quand appeler, ce qui aide</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Phone or handle:</source>
        <translation>&amp;Téléphone ou pseudo :</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote :</translation>
    </message>
    <message>
        <source>People you can call or text instead. When the urge comes, Holdfast suggests one of them.</source>
        <translation>Les personnes que tu peux appeler ou à qui écrire à la place. Quand l’envie arrive, Holdfast t’en suggère une.</translation>
    </message>
    <message>
        <source>Add someone you trust: a friend or family member you can reach when it gets hard.</source>
        <translation>Ajoute quelqu’un de confiance dans ton entourage, que tu peux joindre quand c’est dur.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Edit this person</source>
        <translation>Modifier cette personne</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Your support people</source>
        <translation>Tes personnes de confiance</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>name · phone number</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Remove %1 from your support people?</source>
        <translation>Retirer %1 de tes personnes de confiance ?</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::TrayIcon</name>
    <message>
        <source>I want to text my ex</source>
        <translation>J’ai envie d’écrire à mon ex</translation>
    </message>
    <message>
        <source>Morning check-in</source>
        <translation>Point du matin</translation>
    </message>
    <message>
        <source>Open Holdfast</source>
        <translation>Ouvrir Holdfast</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Holdfast</source>
        <translation>Holdfast</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Bonjour</translation>
    </message>
    <message>
        <source>How did you sleep? Your morning check-in takes a minute.</source>
        <translation>Comment as-tu dormi ? Ton point du matin prend une minute.</translation>
    </message>
    <message>
        <source>Crisis help</source>
        <translation>Aide d’urgence</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Evening look back</source>
        <translation>Retour du soir</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Bonsoir</translation>
    </message>
    <message>
        <source>How was today? A minute to look back before you sleep.</source>
        <translation>Comment s’est passée la journée ? Une minute pour y revenir avant de dormir.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::UnlockDialog</name>
    <message>
        <source>Unlock Holdfast</source>
        <translation>Déverrouiller Holdfast</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::UnsentMessagesView</name>
    <message>
        <source>New unsent message</source>
        <translation>Nouveau message non envoyé</translation>
    </message>
    <message>
        <source>Write to them here instead of sending it. It is never sent.</source>
        <translation>Écris-lui ici au lieu d’envoyer. Ce n’est jamais envoyé.</translation>
    </message>
    <message>
        <source>Unsent messages</source>
        <translation>Messages non envoyés</translation>
    </message>
    <message>
        <source>When you want to tell them something, you can write it here instead. Nothing in this folder is ever sent.</source>
        <translation>Quand tu as envie de lui dire quelque chose, tu peux l’écrire ici à la place. Rien dans ce dossier n’est jamais envoyé.</translation>
    </message>
    <message>
        <source>Delete message…</source>
        <translation>Supprimer le message…</translation>
    </message>
    <message>
        <source>Deletes this unsent message after asking you</source>
        <translation>Supprime ce message non envoyé après confirmation</translation>
    </message>
    <message>
        <source>Unsent message</source>
        <translation>Message non envoyé</translation>
    </message>
    <message>
        <source>Write what you would like to tell them, or ask them. Say it all; they will never see it.</source>
        <translation>Écris ce que tu aimerais lui dire ou lui demander. Dis tout ; ton ex ne le verra jamais.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>This stays here. It is never sent to anyone.</source>
        <translation>Ça reste ici. Ce n’est jamais envoyé à personne.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>You wrote this yesterday. Reading it again with today&apos;s eyes can show how far you have come.</source>
        <translation>Tu as écrit ceci hier. Le relire avec le regard d’aujourd’hui peut te montrer le chemin parcouru.</translation>
    </message>
    <message numerus="yes">
        <source>You wrote this %n days ago. It was never sent.</source>
        <translation>
            <numerusform>Tu as écrit ceci il y a %n jour. Ça n’a jamais été envoyé.</numerusform>
            <numerusform>Tu as écrit ceci il y a %n jours. Ça n’a jamais été envoyé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <source>Delete this unsent message? It cannot be brought back.</source>
        <translation>Supprimer ce message non envoyé ? Il ne pourra pas être récupéré.</translation>
    </message>
    <message>
        <source>(no words yet)</source>
        <translation>(pas encore de mots)</translation>
    </message>
    <message>
        <source>From an urge</source>
        <translation>Lors d’une envie</translation>
    </message>
    <message>
        <source>Reread</source>
        <translation>Relire</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::UrgeDialog</name>
    <message>
        <source>Ride out the urge</source>
        <translation>Laisser passer l’envie</translation>
    </message>
    <message>
        <source>Saving problem</source>
        <translation>Problème d’enregistrement</translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation>Réessa&amp;yer</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Revenir à l’étape précédente</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Passer</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Passer cette étape</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Go straight to the last step</source>
        <translation>Aller directement à la dernière étape</translation>
    </message>
    <message>
        <source>Crisis &amp;help</source>
        <translation>Aide d’&amp;urgence</translation>
    </message>
    <message>
        <source>Crisis help</source>
        <translation>Aide d’urgence</translation>
    </message>
    <message>
        <source>Shows where to get help right away</source>
        <translation>Montre où trouver de l’aide tout de suite</translation>
    </message>
    <message>
        <source>How strong is it</source>
        <translation>Quelle intensité</translation>
    </message>
    <message>
        <source>How strong is the urge right now?</source>
        <translation>Quelle est la force de l’envie en ce moment ?</translation>
    </message>
    <message>
        <source>Urge intensity from 0 to 10</source>
        <translation>Intensité de l’envie de 0 à 10</translation>
    </message>
    <message>
        <source>What set it off</source>
        <translation>Ce qui l’a déclenchée</translation>
    </message>
    <message>
        <source>What set it off? Tick any that fit.</source>
        <translation>Qu’est-ce qui l’a déclenchée ? Coche tout ce qui correspond.</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Autre…</translation>
    </message>
    <message>
        <source>Something else that set it off</source>
        <translation>Autre chose qui l’a déclenchée</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>Avec tes propres mots</translation>
    </message>
    <message>
        <source>HALT check</source>
        <translation>Petit bilan</translation>
    </message>
    <message>
        <source>Are you…</source>
        <translation>En ce moment, tu ressens…</translation>
    </message>
    <message>
        <source>Hungry</source>
        <translation>De la faim</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>De la colère</translation>
    </message>
    <message>
        <source>Lonely</source>
        <translation>De la solitude</translation>
    </message>
    <message>
        <source>Tired</source>
        <translation>De la fatigue</translation>
    </message>
    <message>
        <source>Hunger, anger, loneliness and tiredness make every urge louder. If one fits, looking after it first can take the edge off.</source>
        <translation>La faim, la colère, la solitude et la fatigue rendent chaque envie plus forte. Si l’une d’elles te parle, t’en occuper d’abord peut déjà l’apaiser.</translation>
    </message>
    <message>
        <source>Do one thing</source>
        <translation>Fais une chose</translation>
    </message>
    <message>
        <source>Pick one small thing and do it now. Action first; the thinking can wait.</source>
        <translation>Choisis une petite chose et fais-la maintenant. D’abord agir ; réfléchir peut attendre.</translation>
    </message>
    <message>
        <source>Your plan for this</source>
        <translation>Ton plan pour ce moment</translation>
    </message>
    <message>
        <source>Someone on your side</source>
        <translation>Quelqu’un de ton côté</translation>
    </message>
    <message>
        <source>&amp;Copy number</source>
        <translation>&amp;Copier le numéro</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Or someone else:</source>
        <translation>Ou quelqu’un d’autre :</translation>
    </message>
    <message>
        <source>Your support people</source>
        <translation>Tes personnes de confiance</translation>
    </message>
    <message>
        <source>Press Enter to choose the selected person</source>
        <translation>Appuie sur Entrée pour choisir la personne sélectionnée</translation>
    </message>
    <message>
        <source>No one on your list yet. When this wave has passed, add a friend or two under Plan, so they are here next time.</source>
        <translation>Personne dans ta liste pour l’instant. Quand cette vague sera passée, ajoute une ou deux personnes proches dans Plan, pour les avoir ici la prochaine fois.</translation>
    </message>
    <message>
        <source>Something to do</source>
        <translation>Quelque chose à faire</translation>
    </message>
    <message>
        <source>Or get busy</source>
        <translation>Ou occupe-toi</translation>
    </message>
    <message>
        <source>Your activities</source>
        <translation>Tes activités</translation>
    </message>
    <message>
        <source>Press Enter to choose the selected activity</source>
        <translation>Appuie sur Entrée pour choisir l’activité sélectionnée</translation>
    </message>
    <message>
        <source>I&apos;ll do this</source>
        <translation>Je fais ça</translation>
    </message>
    <message>
        <source>Do the selected activity</source>
        <translation>Faire l’activité sélectionnée</translation>
    </message>
    <message>
        <source>No activities yet. For now: stand up, drink a glass of water, step outside for a minute. You can add your own under Plan later.</source>
        <translation>Pas encore d’activités. Pour l’instant : lève-toi, bois un verre d’eau, sors une minute. Tu pourras ajouter les tiennes plus tard dans Plan.</translation>
    </message>
    <message>
        <source>Wait it out</source>
        <translation>Laisse passer</translation>
    </message>
    <message>
        <source>Urges rise, peak and pass. Breathe with the circle and let the minutes do their work.</source>
        <translation>Les envies montent, culminent puis passent. Respire avec le cercle et laisse les minutes faire leur travail.</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n minute(s)</source>
        <translation>
            <numerusform>&amp;Ajouter %n minute</numerusform>
            <numerusform>&amp;Ajouter %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>A reminder</source>
        <translation>Un rappel</translation>
    </message>
    <message>
        <source>How strong is it now</source>
        <translation>Quelle intensité maintenant</translation>
    </message>
    <message>
        <source>How strong is it now?</source>
        <translation>Quelle est son intensité maintenant ?</translation>
    </message>
    <message>
        <source>Urge intensity now, from 0 to 10</source>
        <translation>Intensité de l’envie maintenant, de 0 à 10</translation>
    </message>
    <message>
        <source>What do you want to tell them?</source>
        <translation>Qu’aimerais-tu lui dire ?</translation>
    </message>
    <message>
        <source>Write it here. It stays here — it is never sent.</source>
        <translation>Écris-le ici. Ça reste ici — ce n’est jamais envoyé.</translation>
    </message>
    <message>
        <source>Your unsent message</source>
        <translation>Ton message non envoyé</translation>
    </message>
    <message>
        <source>Never sent. Kept in your journal&apos;s unsent folder.</source>
        <translation>Jamais envoyé. Conservé dans le dossier des non-envoyés de ton journal.</translation>
    </message>
    <message>
        <source>Say everything you want to say.</source>
        <translation>Dis tout ce que tu veux dire.</translation>
    </message>
    <message>
        <source>It goes to the unsent folder in your journal, where only you can read it. Tomorrow you may see it differently.</source>
        <translation>Il va dans le dossier des non-envoyés de ton journal, où personne d’autre ne peut le lire. Demain, tu le verras peut-être autrement.</translation>
    </message>
    <message>
        <source>I didn&apos;t reach out</source>
        <translation>Je n’ai pas repris contact</translation>
    </message>
    <message>
        <source>How strong is it now? (optional)</source>
        <translation>Quelle intensité maintenant ? (facultatif)</translation>
    </message>
    <message>
        <source>Urge intensity at the end, from 0 to 10</source>
        <translation>Intensité de l’envie à la fin, de 0 à 10</translation>
    </message>
    <message>
        <source>Finish: you rode out the urge</source>
        <translation>Terminer : tu as laissé passer l’envie</translation>
    </message>
    <message>
        <source>Something else happened</source>
        <translation>Il s’est passé autre chose</translation>
    </message>
    <message>
        <source>If you did reach out, or they did, that&apos;s okay. Saying so helps you see what set it off.</source>
        <translation>Si tu as repris contact, ou si ton ex l’a fait, ce n’est pas grave. Le dire t’aide à voir ce qui l’a déclenché.</translation>
    </message>
    <message>
        <source>I &amp;reached out</source>
        <translation>&amp;J’ai repris contact</translation>
    </message>
    <message>
        <source>&amp;They contacted me</source>
        <translation>Mon ex a repris con&amp;tact</translation>
    </message>
    <message>
        <source>Did you reply?</source>
        <translation>As-tu répondu ?</translation>
    </message>
    <message>
        <source>No, I didn&apos;t reply</source>
        <translation>Non, je n’ai pas répondu</translation>
    </message>
    <message>
        <source>Yes, I replied</source>
        <translation>Oui, j’ai répondu</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Ce qui s’est passé (facultatif)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Thank you for pausing.</source>
        <translation>Merci d’avoir pris ce temps.</translation>
    </message>
    <message>
        <source>Come back whenever you need to.</source>
        <translation>Reviens dès que tu en as besoin.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>Encore %n minute</numerusform>
            <numerusform>Encore %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Stay with it. You don&apos;t have to do anything else right now.</source>
        <translation>Reste là, tranquillement. Tu n’as rien d’autre à faire pour l’instant.</translation>
    </message>
    <message>
        <source>The timer is done. Notice how the urge feels now.</source>
        <translation>Le minuteur est terminé. Remarque comment tu ressens l’envie maintenant.</translation>
    </message>
    <message>
        <source>You wrote: “%1”</source>
        <translation>Tu as écrit : « %1 »</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Souviens-toi</translation>
    </message>
    <message>
        <source>Your plan for “%1”: %2</source>
        <translation>Ton plan pour « %1 » : %2</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (suggestion)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy %1&apos;s contact</source>
        <translation>Copier le contact de %1</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Appeler %1</translation>
    </message>
    <message>
        <source>Send %1 a text message</source>
        <translation>Envoyer un SMS à %1</translation>
    </message>
    <message>
        <source>Number copied. Paste it into your phone or messenger.</source>
        <translation>Numéro copié. Colle-le dans ton téléphone ou ta messagerie.</translation>
    </message>
    <message>
        <source>This computer has no app for that. The number is copied, so you can use your phone.</source>
        <translation>Cet ordinateur n’a pas d’application pour ça. Le numéro est copié, tu peux utiliser ton téléphone.</translation>
    </message>
    <message>
        <source>Your one thing: %1.</source>
        <translation>Ce que tu fais maintenant : %1.</translation>
    </message>
    <message>
        <source>They reached out to you.</source>
        <translation>Ton ex a repris contact avec toi.</translation>
    </message>
    <message>
        <source>If you like, note what happened. It helps you see what set it off next time.</source>
        <translation>Si tu veux, note ce qui s’est passé. La prochaine fois, ça t’aidera à voir ce qui l’a déclenché.</translation>
    </message>
    <message>
        <source>Did you reply? Either answer is okay.</source>
        <translation>As-tu répondu ? Les deux réponses sont acceptables.</translation>
    </message>
    <message>
        <source>How did you reach out?</source>
        <translation>Comment as-tu repris contact ?</translation>
    </message>
    <message>
        <source>How did they reach out?</source>
        <translation>Comment le contact a-t-il eu lieu ?</translation>
    </message>
    <message>
        <source>What happened? (optional)</source>
        <translation>Que s’est-il passé ? (facultatif)</translation>
    </message>
    <message>
        <source>Anything to remember about it? (optional)</source>
        <translation>Quelque chose à retenir ? (facultatif)</translation>
    </message>
    <message>
        <source>Save: I reached out</source>
        <translation>Enregistrer : j’ai repris contact</translation>
    </message>
    <message>
        <source>Save: they contacted me</source>
        <translation>Enregistrer : mon ex a repris contact</translation>
    </message>
    <message>
        <source>This is not saved yet. Try again, or close once more to leave without saving it.</source>
        <translation>Ce n’est pas encore enregistré. Réessaie, ou ferme une nouvelle fois pour quitter sans enregistrer.</translation>
    </message>
    <message>
        <source>Opening an app for that. The number is copied too, in case nothing opens.</source>
        <translation>Une application va s’ouvrir. Le numéro est aussi copié, au cas où rien ne s’ouvrirait.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Your people, activities and plans are locked with your passphrase. Unlock to see them, or go on: the next steps work without it.</source>
        <translation>Tes personnes de confiance, tes activités et tes plans sont verrouillés par ta phrase secrète. Déverrouille pour les voir, ou continue : les étapes suivantes fonctionnent sans.</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>Déverr&amp;ouiller…</translation>
    </message>
    <message>
        <source>Unlock to see your people, activities and plans.</source>
        <translation>Déverrouille pour voir tes personnes de confiance, tes activités et tes plans.</translation>
    </message>
    <message>
        <source>&amp;Unlock to save…</source>
        <translation>Déverr&amp;ouiller pour enregistrer…</translation>
    </message>
    <message>
        <source>Unlock to save what you entered. It stays here until then.</source>
        <translation>Déverrouille pour enregistrer ce que tu as saisi. D’ici là, tout reste ici.</translation>
    </message>
    <message>
        <source>Your message is stored encrypted. Unlock to keep it; until then it stays here.</source>
        <translation>Ton message sera enregistré chiffré. Déverrouille pour le garder ; d’ici là, il reste ici.</translation>
    </message>
    <message>
        <source>What you wrote is stored encrypted. Unlock to keep it; until then it stays here.</source>
        <translation>Ce que tu as écrit sera enregistré chiffré. Déverrouille pour le garder ; d’ici là, tout reste ici.</translation>
    </message>
    <message>
        <source>Go to the &amp;end</source>
        <translation>Aller à la &amp;fin</translation>
    </message>
    <message>
        <source>Go to the end</source>
        <translation>Aller à la fin</translation>
    </message>
    <message>
        <source>You want to reach out. That feeling is real, and it will pass. Let&apos;s ride it out together.</source>
        <translation>Tu as envie de reprendre contact. Ce que tu ressens est réel, et ça va passer. Laissons passer la vague ensemble.</translation>
    </message>
    <message>
        <source>Call or message someone on your side</source>
        <translation>Appelle ou écris à quelqu’un qui est de ton côté</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>Comment ça s’est passé ?</translation>
    </message>
    <message>
        <source>Whatever happened, you can say so here. There is no wrong answer.</source>
        <translation>Quoi qu’il se soit passé, tu peux le dire ici. Il n’y a pas de mauvaise réponse.</translation>
    </message>
    <message>
        <source>This one is strong</source>
        <translation>Celle-ci est forte</translation>
    </message>
    <message>
        <source>This one is strong. Take a breath and read this first.</source>
        <translation>Celle-ci est forte. Prends une respiration et lis d’abord ceci.</translation>
    </message>
    <message>
        <source>What you wrote when you chose no contact:</source>
        <translation>Ce que tu as écrit quand tu as choisi de couper le contact :</translation>
    </message>
    <message>
        <source>What reaching out often brings:</source>
        <translation>Ce que reprendre contact apporte souvent :</translation>
    </message>
    <message>
        <source>They know how to reach you. Whether they ever do is up to them; what you do now is up to you.</source>
        <translation>Ton ex sait comment te joindre. S’il ou elle le fait un jour, c’est son choix ; ce que tu fais maintenant, c’est le tien.</translation>
    </message>
    <message>
        <source>• %1</source>
        <comment>a point in a list</comment>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Your one thing: call or message %1.</source>
        <translation>Ce que tu fais maintenant : appeler %1 ou lui écrire.</translation>
    </message>
    <message>
        <source>That&apos;s okay. You can start again from here.</source>
        <translation>Ce n’est pas grave. Tu peux repartir d’ici.</translation>
    </message>
    <message>
        <source>Copied. Paste it into the app where you usually chat.</source>
        <translation>Copié. Colle-le dans l’appli où vous discutez d’habitude.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>the closing message, then its detail</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>It came to contact with them too</source>
        <translation>Il y a eu aussi un contact avec ton ex</translation>
    </message>
    <message>
        <source>Contact starts your no-contact counter again</source>
        <translation>Un contact fait repartir ton compteur</translation>
    </message>
    <message>
        <source>How were you in touch?</source>
        <translation>Comment étiez-vous en contact ?</translation>
    </message>
    <message>
        <source>I didn&apos;t look</source>
        <translation>Je n’ai pas regardé</translation>
    </message>
    <message>
        <source>I &amp;looked</source>
        <translation>&amp;J’ai regardé</translation>
    </message>
    <message>
        <source>I didn&apos;t go</source>
        <translation>Je n’y suis pas allé·e</translation>
    </message>
    <message>
        <source>I &amp;went</source>
        <translation>&amp;J’y suis allé·e</translation>
    </message>
    <message>
        <source>I let it pass</source>
        <translation>Je l’ai laissé passer</translation>
    </message>
    <message>
        <source>I &amp;did it</source>
        <translation>&amp;Je l’ai fait</translation>
    </message>
    <message>
        <source>If it went another way, or they reached out, that&apos;s okay. Saying so helps you see what set it off.</source>
        <translation>Si ça s’est passé autrement, ou si ton ex t’a écrit, ce n’est pas grave. Le dire t’aide à voir ce qui l’a déclenché.</translation>
    </message>
    <message>
        <source>That&apos;s okay. Looking is not contact, and your counter keeps running.</source>
        <translation>Ce n’est pas grave. Regarder n’est pas un contact, et ton compteur continue.</translation>
    </message>
    <message>
        <source>That&apos;s okay. Going there is not contact, and your counter keeps running.</source>
        <translation>Ce n’est pas grave. Y aller n’est pas un contact, et ton compteur continue.</translation>
    </message>
    <message>
        <source>That&apos;s okay. Unless it came to contact, your counter keeps running.</source>
        <translation>Ce n’est pas grave. Tant qu’il n’y a pas eu de contact, ton compteur continue.</translation>
    </message>
    <message>
        <source>Save: I looked</source>
        <translation>Enregistrer : j’ai regardé</translation>
    </message>
    <message>
        <source>Save: I went</source>
        <translation>Enregistrer : j’y suis allé·e</translation>
    </message>
    <message>
        <source>Save: I did it</source>
        <translation>Enregistrer : je l’ai fait</translation>
    </message>
    <message>
        <source>What the pull is</source>
        <translation>Vers quoi ça te pousse</translation>
    </message>
    <message>
        <source>What does the urge want you to do?</source>
        <translation>Qu’est-ce que l’envie te pousse à faire ?</translation>
    </message>
    <message>
        <source>You want to look at them: their profile, their photos, the old chat. That pull is real, and it will pass. Let&apos;s ride it out together.</source>
        <translation>Tu as envie de regarder ton ex : son profil, ses photos, l’ancienne conversation. Cette envie est réelle, et elle va passer. Laissons passer la vague ensemble.</translation>
    </message>
    <message>
        <source>You want to go where they might be. That pull is real, and it will pass. Let&apos;s ride it out together.</source>
        <translation>Tu as envie d’aller là où ton ex pourrait être. Cette envie est réelle, et elle va passer. Laissons passer la vague ensemble.</translation>
    </message>
    <message>
        <source>Something is pulling you toward them. That feeling is real, and it will pass. Let&apos;s ride it out together.</source>
        <translation>Quelque chose te pousse vers ton ex. Ce que tu ressens est réel, et ça va passer. Laissons passer la vague ensemble.</translation>
    </message>
    <message>
        <source>What are you hoping to find?</source>
        <translation>Qu’espères-tu trouver ?</translation>
    </message>
    <message>
        <source>Write it here instead of looking, or write what you would want them to know. It stays here — it is never sent.</source>
        <translation>Écris-le ici au lieu de regarder, ou écris ce que tu voudrais que ton ex sache. Ça reste ici — ce n’est jamais envoyé.</translation>
    </message>
    <message>
        <source>What you hope to see, or what you would tell them.</source>
        <translation>Ce que tu espères voir, ou ce que tu lui dirais.</translation>
    </message>
    <message>
        <source>What do you hope would happen there?</source>
        <translation>Qu’espères-tu qu’il se passe là-bas ?</translation>
    </message>
    <message>
        <source>Write it here instead of going, or write what you would want them to know. It stays here — it is never sent.</source>
        <translation>Écris-le ici au lieu d’y aller, ou écris ce que tu voudrais que ton ex sache. Ça reste ici — ce n’est jamais envoyé.</translation>
    </message>
    <message>
        <source>What you hope for, or what you would tell them.</source>
        <translation>Ce que tu espères, ou ce que tu lui dirais.</translation>
    </message>
    <message>
        <source>What would you want them to know?</source>
        <translation>Que voudrais-tu que ton ex sache ?</translation>
    </message>
    <message>
        <source>Neutral re&amp;plies…</source>
        <translation>Réponses ne&amp;utres…</translation>
    </message>
    <message>
        <source>Short, neutral replies to copy</source>
        <translation>Réponses courtes et neutres à copier</translation>
    </message>
    <message>
        <source>What was it about?</source>
        <translation>De quoi s’agissait-il ?</translation>
    </message>
    <message>
        <source>&amp;Logistics only</source>
        <translation>&amp;Logistique seulement</translation>
    </message>
    <message>
        <source>It &amp;went past logistics</source>
        <translation>Ça allait au-delà de la lo&amp;gistique</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Data folder: %1</source>
        <translation>Dossier de données : %1</translation>
    </message>
    <message>
        <source>Holdfast</source>
        <translation>Holdfast</translation>
    </message>
    <message>
        <source>Restore the latest backup (%1)? The damaged file is kept in the backups folder.</source>
        <translation>Restaurer la dernière sauvegarde (%1) ? Le fichier endommagé est conservé dans le dossier des sauvegardes.</translation>
    </message>
    <message>
        <source>Earlier copies of your data are kept in %1. No new backup is taken while the file is damaged, so those copies stay as they are.</source>
        <translation>Les copies précédentes de tes données se trouvent dans %1. Tant que le fichier est endommagé, aucune nouvelle sauvegarde n’est faite, pour que ces copies restent intactes.</translation>
    </message>
    <message>
        <source>Earlier copies of your data are kept in its backups folder. Close Holdfast and open it again to restore the latest one.</source>
        <translation>Les copies précédentes de tes données se trouvent dans le dossier des sauvegardes de ce dossier de données. Ferme Holdfast et rouvre-le pour restaurer la plus récente.</translation>
    </message>
    <message>
        <source>Holdfast could not open your data, so nothing you do now is kept. The urge steps and crisis help work as always.</source>
        <translation>Holdfast n’a pas pu ouvrir tes données, donc rien de ce que tu fais maintenant n’est conservé. Les étapes pour laisser passer l’envie et l’aide d’urgence fonctionnent comme d’habitude.</translation>
    </message>
    <message>
        <source>Holdfast is open but could not open this data. Close it, then try again.</source>
        <translation>Holdfast est ouvert mais n’a pas pu ouvrir ces données. Ferme-le, puis réessaie.</translation>
    </message>
    <message>
        <source>Holdfast has a dialog open. Finish or close it, then try again.</source>
        <translation>Holdfast a une boîte de dialogue ouverte. Termine-la ou ferme-la, puis réessaie.</translation>
    </message>
    <message>
        <source>Holdfast is locked. Unlock it in its window, then try again.</source>
        <translation>Holdfast est verrouillé. Déverrouille-le dans sa fenêtre, puis réessaie.</translation>
    </message>
</context>
</TS>
