<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CommandLine</name>
    <message>
        <source>A private companion for keeping no contact after a breakup.</source>
        <translation>Un compañero privado para mantener el contacto cero después de una ruptura.</translation>
    </message>
    <message>
        <source>Open the &quot;I want to text my ex&quot; dialog (in the running Holdfast, if there is one).</source>
        <translation>Abrir el diálogo «Quiero escribir a mi ex» (en el Holdfast abierto, si lo hay).</translation>
    </message>
    <message>
        <source>Keep the data in &lt;dir&gt; instead of the standard data folder.</source>
        <translation>Guardar los datos en &lt;dir&gt; en lugar de la carpeta de datos estándar.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Print the no-contact streak and this week&apos;s figures, then exit.</source>
        <translation>Mostrar la racha sin contacto y las cifras de esta semana, y salir.</translation>
    </message>
    <message>
        <source>With --summary: print JSON instead of text.</source>
        <translation>Con --summary: mostrar JSON en lugar de texto.</translation>
    </message>
    <message>
        <source>Open on a temporary folder of sample data; your own data is not touched.</source>
        <translation>Abrir con una carpeta temporal de datos de ejemplo; tus datos no se tocan.</translation>
    </message>
    <message>
        <source>Export everything, then exit: &lt;file&gt;.json writes one JSON file; a folder, or a name ending in .csv, writes one CSV file per kind of record. With encryption on, the passphrase is read from HOLDFAST_PASSPHRASE or, when it is not a terminal, from standard input.</source>
        <translation>Exportar todo y salir: &lt;archivo&gt;.json escribe un único archivo JSON; una carpeta, o un nombre que termine en .csv, escribe un archivo CSV por cada tipo de datos. Con el cifrado activado, la frase de contraseña se lee de HOLDFAST_PASSPHRASE o, si la entrada estándar no es un terminal, de la entrada estándar.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Import a Holdfast JSON export or a Daylio CSV export, then exit. Adds what is not there yet; nothing is written if the file has a problem. The passphrase is read as for --export.</source>
        <translation>Importar una exportación JSON de Holdfast o una exportación CSV de Daylio y salir. Añade lo que aún no está; si el archivo tiene algún problema, no se escribe nada. La frase de contraseña se lee igual que con --export.</translation>
    </message>
    <message>
        <source>With --import: replace all your data and settings with the file&apos;s instead of adding to them. A backup is taken first.</source>
        <translation>Con --import: reemplazar todos tus datos y ajustes por los del archivo en lugar de añadirlos a los tuyos. Antes se hace una copia de seguridad.</translation>
    </message>
    <message>
        <source>With --import --replace: go ahead even when the file holds no records, which leaves no records at all.</source>
        <translation>Con --import --replace: seguir adelante aunque el archivo no contenga datos, con lo que no queda ningún dato.</translation>
    </message>
    <message>
        <source>Give --import or --export, not both: run one, then the other.</source>
        <translation>Indica --import o --export, no ambos: ejecuta uno y luego el otro.</translation>
    </message>
    <message>
        <source>--import needs the name of the file to import.</source>
        <translation>--import necesita el nombre del archivo que importar.</translation>
    </message>
    <message>
        <source>--export needs the name of the file or folder to write.</source>
        <translation>--export necesita el nombre del archivo o la carpeta de destino.</translation>
    </message>
    <message>
        <source>--replace only works together with --import.</source>
        <translation>--replace solo funciona junto con --import.</translation>
    </message>
    <message>
        <source>This path has characters the system&apos;s language settings cannot read, so Holdfast would use a different file: %1. Rename it, or run Holdfast with a UTF-8 language setting.</source>
        <translation>Esta ruta tiene caracteres que la configuración de idioma del sistema no puede leer, así que Holdfast usaría otro archivo: %1. Cámbiale el nombre o ejecuta Holdfast con una configuración de idioma UTF-8.</translation>
    </message>
</context>
<context>
    <name>DeleteConfirmation</name>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservar</translation>
    </message>
</context>
<context>
    <name>DiscreetMode</name>
    <message>
        <source>Journal</source>
        <comment>the app&apos;s name in discreet mode</comment>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Take a moment</source>
        <translation>Tómate un momento</translation>
    </message>
    <message>
        <source>&amp;Log a message…</source>
        <translation>&amp;Anotar un mensaje…</translation>
    </message>
    <message>
        <source>Log a message</source>
        <translation>Anotar un mensaje</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>Holdfast could not open its data folder. Check that it exists and that you can open it.</source>
        <translation>Holdfast no ha podido abrir su carpeta de datos. Comprueba que existe y que puedes abrirla.</translation>
    </message>
    <message>
        <source>The data folder is read-only, so nothing can be saved. Your data is unchanged.</source>
        <translation>La carpeta de datos es de solo lectura, así que no se puede guardar nada. Tus datos siguen igual.</translation>
    </message>
    <message>
        <source>The disk is full, so this could not be saved. What you wrote is still here; free some space and try again.</source>
        <translation>El disco está lleno, así que no se ha podido guardar. Lo que escribiste sigue aquí; libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The data file is damaged or is not a Holdfast file. It has been left as it is.</source>
        <translation>El archivo de datos está dañado o no es un archivo de Holdfast. Se ha dejado tal como está.</translation>
    </message>
    <message>
        <source>This data was saved by a newer version of Holdfast. Please update Holdfast to open it; the file has been left as it is.</source>
        <translation>Estos datos se guardaron con una versión más reciente de Holdfast. Actualiza Holdfast para abrirlos; el archivo se ha dejado tal como está.</translation>
    </message>
    <message>
        <source>Holdfast could not update the data file to this version. The file has been left as it was.</source>
        <translation>Holdfast no ha podido actualizar el archivo de datos a esta versión. El archivo se ha dejado tal como estaba.</translation>
    </message>
    <message>
        <source>Something in this entry could not be saved. Please check it and try again.</source>
        <translation>Algo de esta entrada no se ha podido guardar. Revísala y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>That item no longer exists.</source>
        <translation>Ese elemento ya no existe.</translation>
    </message>
    <message>
        <source>Your data is locked. Unlock Holdfast with your passphrase to see or save this; what you wrote is still here.</source>
        <translation>Tus datos están bloqueados. Desbloquea Holdfast con tu frase de contraseña para ver o guardar esto; lo que escribiste sigue aquí.</translation>
    </message>
    <message>
        <source>That passphrase did not open your data. Nothing was changed; please try again.</source>
        <translation>Esa frase de contraseña no ha abierto tus datos. No se ha cambiado nada; vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Part of your data could not be read back as it was written: it may have been damaged or changed outside Holdfast. The rest is unaffected.</source>
        <translation>Una parte de tus datos no se ha podido leer tal como se escribió: puede que se haya dañado o cambiado fuera de Holdfast. El resto no se ve afectado.</translation>
    </message>
    <message>
        <source>Something went wrong while saving. What you wrote is still here; please try again.</source>
        <translation>Algo ha fallado al guardar. Lo que escribiste sigue aquí; vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>ExchangeTexts</name>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>No se puede leer el archivo: %1</translation>
    </message>
    <message numerus="yes">
        <source>The file is too large to be an export (more than %n MB).</source>
        <translation>
            <numerusform>El archivo es demasiado grande para ser una exportación (más de %n MB).</numerusform>
            <numerusform>El archivo es demasiado grande para ser una exportación (más de %n MB).</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>This is neither a Holdfast export (.json) nor a Daylio export (.csv).</source>
        <translation>No es una exportación de Holdfast (.json) ni de Daylio (.csv).</translation>
    </message>
    <message>
        <source>This is not valid JSON (%1).</source>
        <translation>No es un JSON válido (%1).</translation>
    </message>
    <message>
        <source>This JSON file is not a Holdfast export.</source>
        <translation>Este archivo JSON no es una exportación de Holdfast.</translation>
    </message>
    <message>
        <source>This export comes from a newer Holdfast (format version %1). Update Holdfast to import it.</source>
        <translation>Esta exportación viene de un Holdfast más reciente (versión de formato %1). Actualiza Holdfast para importarla.</translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation>Falta «%1».</translation>
    </message>
    <message>
        <source>“%1” should be a group of fields in braces.</source>
        <translation>«%1» debería ser un grupo de campos entre llaves.</translation>
    </message>
    <message>
        <source>“%1” should be a list in square brackets.</source>
        <translation>«%1» debería ser una lista entre corchetes.</translation>
    </message>
    <message>
        <source>“%1” should be text in quotes.</source>
        <translation>«%1» debería ser texto entre comillas.</translation>
    </message>
    <message>
        <source>“%1” should be true or false.</source>
        <translation>«%1» debería ser true o false.</translation>
    </message>
    <message>
        <source>“%1” should be a whole number.</source>
        <translation>«%1» debería ser un número entero.</translation>
    </message>
    <message>
        <source>“%1” is %2, but it should be from %3 to %4.</source>
        <translation>«%1» es %2, pero debería estar entre %3 y %4.</translation>
    </message>
    <message>
        <source>“%1” is “%2”, which is not a date like 2026-11-25.</source>
        <translation>«%1» es «%2», que no es una fecha como 2026-11-25.</translation>
    </message>
    <message>
        <source>“%1” is “%2”, which Holdfast does not know.</source>
        <translation>«%1» es «%2», que Holdfast no reconoce.</translation>
    </message>
    <message>
        <source>“%1”: the id %2 is used twice.</source>
        <translation>«%1»: el id %2 aparece dos veces.</translation>
    </message>
    <message>
        <source>“%1”: there is already a check-in for %2.</source>
        <translation>«%1»: ya hay un registro para el %2.</translation>
    </message>
    <message>
        <source>A quoted field is never closed.</source>
        <translation>Un campo entre comillas no se cierra nunca.</translation>
    </message>
    <message>
        <source>This CSV file lacks the Daylio columns %1.</source>
        <translation>A este archivo CSV le faltan las columnas de Daylio %1.</translation>
    </message>
    <message>
        <source>This row has %1 fields, but the header has %2.</source>
        <translation>Esta fila tiene %1 campos, pero la cabecera tiene %2.</translation>
    </message>
    <message>
        <source>“%1” is not a date Holdfast can read.</source>
        <translation>«%1» no es una fecha que Holdfast pueda leer.</translation>
    </message>
    <message>
        <source>“%1” is not a time like 18:52 or 6:52 pm.</source>
        <translation>«%1» no es una hora como 18:52 o 6:52 pm.</translation>
    </message>
    <message>
        <source>This entry has no mood.</source>
        <translation>Esta entrada no tiene estado de ánimo.</translation>
    </message>
    <message>
        <source>The file has a header but no entries.</source>
        <translation>El archivo tiene cabecera, pero ninguna entrada.</translation>
    </message>
    <message>
        <source>The mood “%1” has no place on the scale from 1 to 5 yet.</source>
        <translation>El estado de ánimo «%1» aún no tiene lugar en la escala del 1 al 5.</translation>
    </message>
    <message>
        <source>The file cannot be imported.</source>
        <translation>No se puede importar el archivo.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n journal entry(s)</source>
        <translation>
            <numerusform>%n entrada del diario</numerusform>
            <numerusform>%n entradas del diario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n urge(s)</source>
        <translation>
            <numerusform>%n impulso</numerusform>
            <numerusform>%n impulsos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unsent message(s)</source>
        <translation>
            <numerusform>%n mensaje sin enviar</numerusform>
            <numerusform>%n mensajes sin enviar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan item(s)</source>
        <translation>
            <numerusform>%n elemento del plan</numerusform>
            <numerusform>%n elementos del plan</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between counts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>1 – very low</source>
        <translation>1 – muy bajo</translation>
    </message>
    <message>
        <source>2 – low</source>
        <translation>2 – bajo</translation>
    </message>
    <message>
        <source>3 – okay</source>
        <translation>3 – regular</translation>
    </message>
    <message>
        <source>4 – good</source>
        <translation>4 – bien</translation>
    </message>
    <message>
        <source>5 – very good</source>
        <translation>5 – muy bien</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Nothing was written: %1 is in Holdfast&apos;s own data folder, where an export could overwrite your data. Choose another place.</source>
        <translation>No se ha escrito nada: %1 está en la propia carpeta de datos de Holdfast, donde una exportación podría sobrescribir tus datos. Elige otro lugar.</translation>
    </message>
    <message>
        <source>Nothing was written: %1 is a link to another file. Choose a new file name.</source>
        <translation>No se ha escrito nada: %1 es un enlace a otro archivo. Elige un nombre de archivo nuevo.</translation>
    </message>
    <message>
        <source>Nothing was written: %1 is not a file name Holdfast can write to. Choose a file name.</source>
        <translation>No se ha escrito nada: %1 no es un nombre de archivo en el que Holdfast pueda escribir. Elige un nombre de archivo.</translation>
    </message>
    <message>
        <source>Nothing was written to %1: the disk is full. Free some space and try again.</source>
        <translation>No se ha escrito nada en %1: el disco está lleno. Libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Nothing was written to %1.</source>
        <translation>No se ha escrito nada en %1.</translation>
    </message>
    <message>
        <source>Nothing was written to %1: %2</source>
        <translation>No se ha escrito nada en %1: %2</translation>
    </message>
    <message>
        <source>This is not UTF-8 text. Export the file again, or save it as UTF-8 in a text editor.</source>
        <translation>Esto no es texto UTF-8. Vuelve a exportar el archivo o guárdalo como UTF-8 en un editor de texto.</translation>
    </message>
    <message>
        <source>“%1” should be %2, the date of the moment&apos;s utcMs and offsetMinutes.</source>
        <translation>«%1» debería ser %2, la fecha que corresponde a utcMs y offsetMinutes de ese momento.</translation>
    </message>
    <message numerus="yes">
        <source>%n evening look back(s)</source>
        <translation>
            <numerusform>%n repaso de la noche</numerusform>
            <numerusform>%n repasos de la noche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeadlessCommands</name>
    <message>
        <source>No-contact counter: not started yet</source>
        <translation>Contador de contacto cero: aún sin empezar</translation>
    </message>
    <message>
        <source>No contact for: %1, %2</source>
        <translation>Sin contacto: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Longest streak: %n day(s)</source>
        <translation>
            <numerusform>Racha más larga: %n día</numerusform>
            <numerusform>Racha más larga: %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total days without contact: %n</source>
        <translation>
            <numerusform>Días sin contacto en total: %n</numerusform>
            <numerusform>Días sin contacto en total: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next milestone: %n day(s) (%1% of the way)</source>
        <translation>
            <numerusform>Próximo hito: %n día (%1 % del camino)</numerusform>
            <numerusform>Próximo hito: %n días (%1 % del camino)</numerusform>
        </translation>
    </message>
    <message>
        <source>Today&apos;s check-in: mood %1/5, sleep %2/5</source>
        <translation>Registro de hoy: ánimo %1/5, sueño %2/5</translation>
    </message>
    <message>
        <source>Today&apos;s check-in: not yet</source>
        <translation>Registro de hoy: todavía no</translation>
    </message>
    <message numerus="yes">
        <source>This week: %n urge(s)</source>
        <translation>
            <numerusform>Esta semana: %n impulso</numerusform>
            <numerusform>Esta semana: %n impulsos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resisted</source>
        <translation>
            <numerusform>%n resistido</numerusform>
            <numerusform>%n resistidos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 compared with last week</source>
        <translation>%1 respecto a la semana pasada</translation>
    </message>
    <message>
        <source>Holdfast could not read its data in %1.</source>
        <translation>Holdfast no ha podido leer sus datos en %1.</translation>
    </message>
    <message>
        <source>Your data is encrypted. Give the passphrase in the environment variable HOLDFAST_PASSPHRASE or on standard input.</source>
        <translation>Tus datos están cifrados. Indica la frase de contraseña en la variable de entorno HOLDFAST_PASSPHRASE o por la entrada estándar.</translation>
    </message>
    <message>
        <source>Give a file name ending in .json, a name ending in .csv, or a folder for CSV files: %1</source>
        <translation>Indica un nombre de archivo que termine en .json, uno que termine en .csv o una carpeta para archivos CSV: %1</translation>
    </message>
    <message>
        <source>There is no Holdfast data in %1 to export.</source>
        <translation>No hay datos de Holdfast en %1 que exportar.</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Exportado a %2: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 as %n CSV file(s) in %2.</source>
        <translation>
            <numerusform>Exportado a %2: %1 (%n archivo CSV).</numerusform>
            <numerusform>Exportado a %2: %1 (%n archivos CSV).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>No se ha importado nada de %1.</translation>
    </message>
    <message>
        <source>These Daylio moods have no place on the scale from 1 to 5 yet: %1. Import the file once in Holdfast (File, Import) to choose; the choice is remembered.</source>
        <translation>Estos estados de ánimo de Daylio aún no tienen lugar en la escala del 1 al 5: %1. Importa el archivo una vez en Holdfast (Archivo, Importar) para elegirlo; la elección se recuerda.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Importado: %1.</translation>
    </message>
    <message>
        <source>Already there, so left out: %1.</source>
        <translation>Ya estaba, así que se omite: %1.</translation>
    </message>
    <message>
        <source>Nothing was imported into %1.</source>
        <translation>No se ha importado nada en %1.</translation>
    </message>
    <message numerus="yes">
        <source>Fresh starts: %n</source>
        <translation>
            <numerusform>Nuevos comienzos: %n</numerusform>
            <numerusform>Nuevos comienzos: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Today&apos;s check-in: locked (give the passphrase in HOLDFAST_PASSPHRASE to see it)</source>
        <translation>Registro de hoy: bloqueado (indica la frase de contraseña en HOLDFAST_PASSPHRASE para verlo)</translation>
    </message>
    <message>
        <source>Nothing was changed. %1 holds no records, so replacing would remove everything stored now (%2).</source>
        <translation>No se ha cambiado nada. %1 no contiene datos, así que reemplazar eliminaría todo lo guardado ahora (%2).</translation>
    </message>
    <message>
        <source>If that is what you want, run the same command with --yes.</source>
        <translation>Si es lo que quieres, ejecuta el mismo comando con --yes.</translation>
    </message>
    <message>
        <source>Replaced everything: removed %1; imported %2.</source>
        <translation>Todo reemplazado. Eliminado: %1; importado: %2.</translation>
    </message>
    <message>
        <source>A backup of the data as it was is in the backups folder beside it.</source>
        <translation>En la carpeta de copias, junto a los datos, hay una copia de seguridad de cómo estaban.</translation>
    </message>
    <message>
        <source>Holdfast is open on this data and could not take the import. Close it, then try again.</source>
        <translation>Holdfast está abierto con estos datos y no ha podido hacerse cargo de la importación. Ciérralo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder: give --data-dir a folder.</source>
        <translation>%1 es un archivo, no una carpeta: indica una carpeta en --data-dir.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se ha importado nada.</translation>
    </message>
    <message>
        <source>Holdfast was open, so it imported the file and shows it now.</source>
        <translation>Holdfast estaba abierto, así que ha importado el archivo y ya lo muestra.</translation>
    </message>
    <message>
        <source>The running Holdfast did not understand this request.</source>
        <translation>El Holdfast abierto no ha entendido esta solicitud.</translation>
    </message>
    <message>
        <source>This Holdfast was built without its window. It runs --summary, --export and --import; --help lists them.</source>
        <translation>Este Holdfast se compiló sin su ventana. Ejecuta --summary, --export e --import; --help los enumera.</translation>
    </message>
    <message>
        <source>Low-contact mode: counting days without personal contact</source>
        <translation>Modo de poco contacto: se cuentan los días sin contacto personal</translation>
    </message>
    <message>
        <source>No personal contact for: %1, %2</source>
        <translation>Sin contacto personal desde hace: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Total days without personal contact: %n</source>
        <translation>
            <numerusform>Días sin contacto personal en total: %n</numerusform>
            <numerusform>Días sin contacto personal en total: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Logistics contact in this stretch: %n</source>
        <translation>
            <numerusform>Contacto logístico en esta racha: %n</numerusform>
            <numerusform>Contacto logístico en esta racha: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalFormat</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
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
        <translation>Muy bajo</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <source>What don&apos;t I miss?</source>
        <translation>¿Qué no echo de menos?</translation>
    </message>
    <message>
        <source>What did I do today that was just for me?</source>
        <translation>¿Qué hice hoy solo para mí?</translation>
    </message>
    <message>
        <source>What did I handle well this week, even if nobody saw it?</source>
        <translation>¿Qué he llevado bien esta semana, aunque nadie lo viera?</translation>
    </message>
    <message>
        <source>Who was kind to me lately, and how did it feel?</source>
        <translation>¿Quién ha sido amable conmigo últimamente, y cómo me sentó?</translation>
    </message>
    <message>
        <source>What am I feeling right now? I can name it without judging it.</source>
        <translation>¿Qué siento ahora mismo? Puedo ponerle nombre sin juzgarlo.</translation>
    </message>
    <message>
        <source>What is one small thing I am looking forward to?</source>
        <translation>¿Qué cosa pequeña me hace ilusión?</translation>
    </message>
    <message>
        <source>What did I enjoy before that I could pick up again?</source>
        <translation>¿Qué disfrutaba antes que podría retomar?</translation>
    </message>
    <message>
        <source>When the urge came, what was underneath it?</source>
        <translation>Cuando llegó el impulso, ¿qué había debajo?</translation>
    </message>
    <message>
        <source>What do I need today, and who could help me with it?</source>
        <translation>¿Qué necesito hoy, y quién podría ayudarme con ello?</translation>
    </message>
    <message>
        <source>What would I like to tell myself a year from now?</source>
        <translation>¿Qué me gustaría decirme dentro de un año?</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>%1 Holdfast will try again as you keep writing.</source>
        <translation>%1 Holdfast lo volverá a intentar mientras sigues escribiendo.</translation>
    </message>
</context>
<context>
    <name>LookBackText</name>
    <message>
        <source>Evenings</source>
        <comment>weekly review: the week&apos;s evening look backs</comment>
        <translation>Repasos de la noche</translation>
    </message>
    <message>
        <source>The hardest was %1, the easiest %2.</source>
        <translation>El más difícil fue el %1; el más fácil, el %2.</translation>
    </message>
    <message>
        <source>The hardest was %1.</source>
        <translation>El más difícil fue el %1.</translation>
    </message>
    <message>
        <source>The easiest was %1.</source>
        <translation>El más fácil fue el %1.</translation>
    </message>
    <message>
        <source>What helped this week</source>
        <translation>Lo que ayudó esta semana</translation>
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
        <translation>%1: sin repaso</translation>
    </message>
    <message>
        <source>%1: %2 of 5</source>
        <comment>a day of the week&apos;s evenings, how hard it was</comment>
        <translation>%1: %2 de 5</translation>
    </message>
    <message>
        <source>You looked back on one evening. How hard that day was: %1 of 5.</source>
        <translation>Repasaste una noche. Cuánto costó ese día: %1 de 5.</translation>
    </message>
    <message numerus="yes">
        <source>You looked back on %n evening(s). How hard the days were, on average: %1 of 5.</source>
        <translation>
            <numerusform>Repasaste %n noche. Cuánto costaron los días, de media: %1 de 5.</numerusform>
            <numerusform>Repasaste %n noches. Cuánto costaron los días, de media: %1 de 5.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Morning &amp;check-in</source>
        <translation>&amp;Registro de la mañana</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;justes…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Lock and hide</source>
        <translation>&amp;Bloquear y ocultar</translation>
    </message>
    <message>
        <source>Locks Holdfast when it is encrypted and hides it at once</source>
        <translation>Bloquea Holdfast si está cifrado y lo oculta al instante</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Diario</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>I want to text my ex</source>
        <translation>Quiero escribir a mi ex</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Crisis help</source>
        <translation>Ayuda en &amp;crisis</translation>
    </message>
    <message>
        <source>&amp;About Holdfast</source>
        <translation>&amp;Acerca de Holdfast</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>&amp;Registrar contacto…</translation>
    </message>
    <message>
        <source>Evening look &amp;back…</source>
        <translation>Repaso de la &amp;noche…</translation>
    </message>
</context>
<context>
    <name>PassphraseText</name>
    <message>
        <source>Choose a passphrase first.</source>
        <translation>Primero elige una frase de contraseña.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n character(s).</source>
        <translation>
            <numerusform>Usa al menos %n carácter.</numerusform>
            <numerusform>Usa al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type the new one again in both fields.</source>
        <translation>Las dos frases de contraseña no coinciden. Vuelve a escribir la nueva en ambos campos.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n character(s). A few unrelated words you will remember make a strong passphrase.</source>
        <translation>
            <numerusform>Al menos %n carácter. Unas cuantas palabras sin relación entre sí, que vayas a recordar, forman una frase de contraseña segura.</numerusform>
            <numerusform>Al menos %n caracteres. Unas cuantas palabras sin relación entre sí, que vayas a recordar, forman una frase de contraseña segura.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you forget the passphrase, your data cannot be recovered. Nobody can reset it, not even the makers of Holdfast: that is what keeps it private. Write it down somewhere safe.</source>
        <translation>Si olvidas la frase de contraseña, tus datos no se podrán recuperar. Nadie puede restablecerla, ni siquiera quienes hacen Holdfast: eso es lo que mantiene tus datos en privado. Apúntala en un lugar seguro.</translation>
    </message>
</context>
<context>
    <name>RatingRow</name>
    <message>
        <source>%1: %2 of %3</source>
        <extracomment>what is rated, the rating and the top of the scale: &quot;Mood: 3 of 5&quot;</extracomment>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <source>1 is %1, 5 is %2</source>
        <extracomment>what the ends of a 1 to 5 scale mean, for a screen reader: &quot;1 is Low, 5 is Good&quot;</extracomment>
        <translation>1 es %1, 5 es %2</translation>
    </message>
</context>
<context>
    <name>ReminderTexts</name>
    <message>
        <source>They know how to reach you. If they wanted to talk, they would. That step is theirs to take, not yours.</source>
        <translation>Sabe cómo encontrarte. Si quisiera hablar, lo haría. Ese paso le corresponde a esa persona, no a ti.</translation>
    </message>
    <message>
        <source>An urge is a wave. It rises, peaks and passes, often sooner than it feels. You can let this one pass too.</source>
        <translation>Un impulso es una ola. Sube, llega al máximo y pasa, a menudo antes de lo que parece. Puedes dejar pasar también este.</translation>
    </message>
    <message>
        <source>Something you need to tell them? Write it down here instead. It gets said, and they never see it.</source>
        <translation>¿Necesitas decirle algo? Escríbelo aquí. Queda dicho, y tu ex nunca lo verá.</translation>
    </message>
    <message>
        <source>Give your mind something else to hold: a walk, a workout, a task you have been putting off.</source>
        <translation>Dale a tu mente otra cosa de la que ocuparse: un paseo, hacer ejercicio, esa tarea que vas posponiendo.</translation>
    </message>
    <message>
        <source>Try saying it plainly: “I want to reach out because they are not reaching out to me.” Naming it takes away some of its pull.</source>
        <translation>Dilo con claridad: «Quiero escribirle porque no me escribe a mí». Ponerle nombre le quita parte de su fuerza.</translation>
    </message>
    <message>
        <source>The pull is often less about them than about not feeling lovable right now. You are worth more than a reply.</source>
        <translation>A menudo tiene menos que ver con tu ex que con que ahora mismo te cuesta sentir que mereces amor. Vales más que una respuesta.</translation>
    </message>
    <message>
        <source>Missing them this much is a kind of withdrawal. The cravings are real, and they fade the longer you keep going.</source>
        <translation>Echarle tanto de menos es una especie de abstinencia. Las ganas son reales, y se apagan cuanto más tiempo sigues adelante.</translation>
    </message>
    <message>
        <source>One “harmless” message can reopen a wound that has started to heal. Protect the healing you have done.</source>
        <translation>Un mensaje «inofensivo» puede reabrir una herida que ya empezaba a curarse. Protege lo que has sanado.</translation>
    </message>
    <message>
        <source>You don&apos;t need one more conversation to move on. The answers that matter, you already have.</source>
        <translation>No necesitas una conversación más para pasar página. Las respuestas que importan ya las tienes.</translation>
    </message>
    <message>
        <source>Every urge you let pass is proof of your strength. You are doing better than it feels.</source>
        <translation>Cada impulso que dejas pasar demuestra tu fuerza. Lo estás haciendo mejor de lo que parece.</translation>
    </message>
    <message>
        <source>If you slip, it is information, not failure. Begin again, gently, and notice what set it off.</source>
        <translation>Si tropiezas, es información, no un fracaso. Vuelve a empezar con suavidad y fíjate en qué lo provocó.</translation>
    </message>
    <message>
        <source>You don&apos;t have to carry this alone today. Call or message someone who is on your side.</source>
        <translation>Hoy no tienes que cargar con esto a solas. Llama o escribe a alguien que esté de tu lado.</translation>
    </message>
    <message>
        <source>What you need to move forward, you already carry with you.</source>
        <translation>Lo que necesitas para seguir adelante ya lo llevas contigo.</translation>
    </message>
    <message>
        <source>Try putting it into words in your journal. Naming a feeling takes away some of its pull.</source>
        <translation>Prueba a ponerlo en palabras en tu diario. Nombrar un sentimiento le quita parte de su fuerza.</translation>
    </message>
    <message>
        <source>Be as kind to yourself today as you would be to a good friend.</source>
        <translation>Sé hoy tan amable contigo como lo serías con un buen amigo.</translation>
    </message>
    <message>
        <source>Hard moments fade the longer you keep going. Protect the progress you have made.</source>
        <translation>Los momentos difíciles se desvanecen cuanto más sigues adelante. Protege lo que ya has avanzado.</translation>
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
        <translation>Intensidad media</translation>
    </message>
    <message>
        <source>Peak intensity</source>
        <translation>Intensidad máxima</translation>
    </message>
    <message>
        <source>Urges</source>
        <translation>Impulsos</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Everything else</source>
        <translation>Todo lo demás</translation>
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
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <source>Urges per week</source>
        <translation>Impulsos por semana</translation>
    </message>
    <message>
        <source>Resisted (%)</source>
        <translation>Resistidos (%)</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <source>Resisted</source>
        <translation>Resistidos</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Últimas 12 semanas</translation>
    </message>
    <message>
        <source>Half of the start</source>
        <translation>Mitad del inicio</translation>
    </message>
    <message>
        <source>Minute %1</source>
        <translation>Minuto %1</translation>
    </message>
    <message>
        <source>Minutes after the first rating</source>
        <translation>Minutos tras la primera valoración</translation>
    </message>
    <message>
        <source>Strength (%)</source>
        <translation>Intensidad (%)</translation>
    </message>
    <message>
        <source>Urges per day</source>
        <translation>Impulsos por día</translation>
    </message>
    <message>
        <source>What set them off</source>
        <translation>Qué los provocó</translation>
    </message>
    <message>
        <source>Hungry, angry, lonely, tired</source>
        <translation>Hambre, enfado, soledad, cansancio</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>Mood and sleep</source>
        <translation>Ánimo y sueño</translation>
    </message>
    <message>
        <source>The last 12 weeks</source>
        <translation>Las últimas 12 semanas</translation>
    </message>
    <message>
        <source>How urges pass</source>
        <translation>Cómo pasan los impulsos</translation>
    </message>
    <message>
        <source>No urges logged this week.</source>
        <translation>No hay impulsos registrados esta semana.</translation>
    </message>
    <message>
        <source>Resisted and reached out each day; the lines show the mean and peak intensity (0–10). Mean %1, peak %2 this week.</source>
        <translation>Resistidos y con contacto cada día; las líneas muestran la intensidad media y máxima (0–10). Esta semana: media %1, máxima %2.</translation>
    </message>
    <message>
        <source>No triggers noted this week.</source>
        <translation>No hay desencadenantes anotados esta semana.</translation>
    </message>
    <message>
        <source>What you noted as the trigger, most frequent first.</source>
        <translation>Lo que anotaste como desencadenante, de más a menos frecuente.</translation>
    </message>
    <message>
        <source>No HALT flags this week.</source>
        <translation>Nada de esto marcado esta semana.</translation>
    </message>
    <message>
        <source>How often you were hungry, angry, lonely or tired when an urge came.</source>
        <translation>Con qué frecuencia sentías hambre, enfado, soledad o cansancio cuando llegó un impulso.</translation>
    </message>
    <message>
        <source>When your urges started, by hour of the day.</source>
        <translation>Cuándo empezaron tus impulsos, por hora del día.</translation>
    </message>
    <message>
        <source>No check-ins this week.</source>
        <translation>No hay registros esta semana.</translation>
    </message>
    <message>
        <source>From your morning check-ins, 1 (low) to 5 (good).</source>
        <translation>De tus registros de la mañana, de 1 (bajo) a 5 (bien).</translation>
    </message>
    <message>
        <source>No urges in the last 12 weeks.</source>
        <translation>Ningún impulso en las últimas 12 semanas.</translation>
    </message>
    <message>
        <source>Urges per week, and the share of them you resisted. The selected week is highlighted.</source>
        <translation>Impulsos por semana y la parte que resististe. La semana seleccionada aparece resaltada.</translation>
    </message>
    <message>
        <source>Rate an urge more than once while you wait it out, and this curve shows how quickly urges fade.</source>
        <translation>Valora un impulso más de una vez mientras esperas a que pase, y esta curva mostrará lo rápido que se desvanecen.</translation>
    </message>
    <message>
        <source>Urges fell below half their starting strength after %1 this week (median), %2 over 12 weeks.</source>
        <translation>Esta semana, los impulsos bajaron de la mitad de su fuerza inicial tras %1 (mediana); en 12 semanas, tras %2.</translation>
    </message>
    <message>
        <source>Over 12 weeks, urges fell below half their starting strength after %1 (median).</source>
        <translation>En 12 semanas, los impulsos bajaron de la mitad de su fuerza inicial tras %1 (mediana).</translation>
    </message>
    <message>
        <source>How the strength of an urge changed while you waited it out.</source>
        <translation>Cómo cambió la fuerza de un impulso mientras esperabas a que pasara.</translation>
    </message>
    <message>
        <source>What the pull was</source>
        <translation>Hacia dónde te llevaba</translation>
    </message>
    <message>
        <source>To message or call them, to look at them, to go where they might be, or something else.</source>
        <translation>Escribir o llamar a tu ex, mirar, ir adonde podría estar, u otra cosa.</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <source>Weekly review: %1</source>
        <translation>Resumen semanal: %1</translation>
    </message>
    <message>
        <source>Holdfast, exported on %1</source>
        <translation>Holdfast, exportado el %1</translation>
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
        <translation>Semana</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Urges</source>
        <translation>Impulsos</translation>
    </message>
    <message>
        <source>They contacted me</source>
        <translation>Me contactó</translation>
    </message>
    <message>
        <source>Left undecided</source>
        <translation>Sin decidir</translation>
    </message>
    <message>
        <source>Urges the week before</source>
        <translation>Impulsos la semana anterior</translation>
    </message>
    <message>
        <source>Mean starting intensity</source>
        <translation>Intensidad inicial media</translation>
    </message>
    <message>
        <source>Peak intensity</source>
        <translation>Intensidad máxima</translation>
    </message>
    <message>
        <source>Median time to fall below half, this week</source>
        <translation>Tiempo mediano hasta bajar de la mitad, esta semana</translation>
    </message>
    <message>
        <source>Median time to fall below half, last 12 weeks</source>
        <translation>Tiempo mediano hasta bajar de la mitad, últimas 12 semanas</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Mean intensity</source>
        <translation>Intensidad media</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Desencadenante</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Sensación</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>an hour of the day</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Resisted share</source>
        <translation>Porcentaje resistido</translation>
    </message>
    <message>
        <source>Minute</source>
        <translation>Minuto</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Últimas 12 semanas</translation>
    </message>
    <message>
        <source>This week in figures</source>
        <translation>Esta semana en cifras</translation>
    </message>
    <message>
        <source>How urges pass: strength compared with the start</source>
        <translation>Cómo pasan los impulsos: fuerza en comparación con el inicio</translation>
    </message>
    <message>
        <source>The pull</source>
        <translation>Hacia dónde</translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message numerus="yes">
        <source>%n urge(s), all resisted</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>%n impulso, resistido</numerusform>
            <numerusform>%n impulsos, todos resistidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n urge(s), %1 resisted</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>%n impulso, %1 resistido</numerusform>
            <numerusform>%n impulsos, %1 resistidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fewer than last week</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>%n menos que la semana pasada</numerusform>
            <numerusform>%n menos que la semana pasada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more than last week</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>%n más que la semana pasada</numerusform>
            <numerusform>%n más que la semana pasada</numerusform>
        </translation>
    </message>
    <message>
        <source>as many as last week</source>
        <comment>weekly summary</comment>
        <translation>tantos como la semana pasada</translation>
    </message>
    <message>
        <source>most came in the morning</source>
        <comment>weekly summary</comment>
        <translation>la mayoría llegó por la mañana</translation>
    </message>
    <message>
        <source>most came in the afternoon</source>
        <comment>weekly summary</comment>
        <translation>la mayoría llegó por la tarde</translation>
    </message>
    <message>
        <source>most came in the evening</source>
        <comment>weekly summary</comment>
        <translation>la mayoría llegó por la noche</translation>
    </message>
    <message>
        <source>most came at night</source>
        <comment>weekly summary</comment>
        <translation>la mayoría llegó de madrugada</translation>
    </message>
    <message numerus="yes">
        <source>No urges so far this week, down from %n last week.</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>Ningún impulso por ahora esta semana, frente a %n la semana pasada.</numerusform>
            <numerusform>Ningún impulso por ahora esta semana, frente a %n la semana pasada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No urges this week, down from %n the week before.</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>Ningún impulso esta semana, frente a %n la semana anterior.</numerusform>
            <numerusform>Ningún impulso esta semana, frente a %n la semana anterior.</numerusform>
        </translation>
    </message>
    <message>
        <source>No urges so far this week.</source>
        <comment>weekly summary</comment>
        <translation>Ningún impulso por ahora esta semana.</translation>
    </message>
    <message>
        <source>No urges this week.</source>
        <comment>weekly summary</comment>
        <translation>Ningún impulso esta semana.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>weekly summary: urge count, comparison with last week</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 so far this week</source>
        <comment>weekly summary: urge count</comment>
        <translation>%1 por ahora esta semana</translation>
    </message>
    <message>
        <source>%1 this week</source>
        <comment>weekly summary: urge count</comment>
        <translation>%1 esta semana</translation>
    </message>
    <message>
        <source>%1, most often: %2</source>
        <comment>weekly summary: time of day, top trigger</comment>
        <translation>%1; lo más frecuente: %2</translation>
    </message>
    <message>
        <source>most often: %1</source>
        <comment>weekly summary: top trigger</comment>
        <translation>lo más frecuente: %1</translation>
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
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>week range</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>date format: first day of a week</comment>
        <translation>d &apos;de&apos; MMMM</translation>
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
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format: a week on the trend axis</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Hungry</source>
        <translation>Hambre</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>Enfado</translation>
    </message>
    <message>
        <source>Lonely</source>
        <translation>Soledad</translation>
    </message>
    <message>
        <source>Tired</source>
        <translation>Cansancio</translation>
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
        <translation>Aquí empieza tu resumen semanal</translation>
    </message>
    <message>
        <source>Nothing recorded this week</source>
        <translation>Nada registrado esta semana</translation>
    </message>
    <message>
        <source>Your first days</source>
        <translation>Tus primeros días</translation>
    </message>
    <message>
        <source>No urges so far this week</source>
        <translation>Ningún impulso por ahora esta semana</translation>
    </message>
    <message>
        <source>A week without urges</source>
        <translation>Una semana sin impulsos</translation>
    </message>
    <message>
        <source>Each urge you log with “I want to text my ex” and each morning check-in adds to this page. Week by week, it shows how your urges change.</source>
        <translation>Cada impulso que registras con «Quiero escribir a mi ex» y cada registro de la mañana se suman a esta página. Semana a semana, muestra cómo cambian tus impulsos.</translation>
    </message>
    <message>
        <source>Your history starts on %1. Use “Next week” to move towards it.</source>
        <translation>Tu historial empieza el %1. Usa «Semana siguiente» para avanzar hasta allí.</translation>
    </message>
    <message>
        <source>The charts fill in as you log urges and check in. After a few weeks, the trend shows how far you have come.</source>
        <translation>Los gráficos se van llenando a medida que registras impulsos y haces tu registro de la mañana. Tras unas semanas, la tendencia muestra todo lo que has avanzado.</translation>
    </message>
    <message>
        <source>Not a single urge logged so far. Every quiet day is one you kept for yourself.</source>
        <translation>Ni un solo impulso registrado por ahora. Cada día tranquilo es un día que guardaste para ti.</translation>
    </message>
    <message>
        <source>Not a single urge logged all week. That is what healing looks like; take a moment to notice it.</source>
        <translation>Ni un solo impulso registrado en toda la semana. Así es como se ve sanar; tómate un momento para reconocerlo.</translation>
    </message>
    <message>
        <source>Resisted</source>
        <translation>Resistidos</translation>
    </message>
    <message>
        <source>Reached out</source>
        <translation>Con contacto</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>urges they started or that were left undecided</comment>
        <translation>Otros</translation>
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
            <numerusform>%n de ellos te llevó a mirar a tu ex.</numerusform>
            <numerusform>%n de ellos te llevaron a mirar a tu ex.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them pulled you to go where they might be.</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>%n de ellos te llevó a ir adonde podría estar.</numerusform>
            <numerusform>%n de ellos te llevaron a ir adonde podría estar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them pulled you toward something else.</source>
        <comment>weekly summary</comment>
        <translation>
            <numerusform>%n de ellos te llevó hacia otra cosa.</numerusform>
            <numerusform>%n de ellos te llevaron hacia otra cosa.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>weekly summary: the sentence, then what the urges pulled toward</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Message or call</source>
        <translation>Escribir o llamar</translation>
    </message>
    <message>
        <source>Look</source>
        <comment>an urge to look at their profile or photos</comment>
        <translation>Mirar</translation>
    </message>
    <message>
        <source>Go there</source>
        <comment>an urge to go where they might be</comment>
        <translation>Ir allí</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
</context>
<context>
    <name>TriggerNames</name>
    <message>
        <source>Saw their social media</source>
        <translation>Vi sus redes sociales</translation>
    </message>
    <message>
        <source>A memory, place or song</source>
        <translation>Un recuerdo, un lugar o una canción</translation>
    </message>
    <message>
        <source>Feeling lonely</source>
        <translation>Sensación de soledad</translation>
    </message>
    <message>
        <source>Night-time</source>
        <translation>La noche</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alcohol</translation>
    </message>
    <message>
        <source>Boredom</source>
        <translation>Aburrimiento</translation>
    </message>
    <message>
        <source>News about them</source>
        <translation>Noticias sobre mi ex</translation>
    </message>
    <message>
        <source>A special date</source>
        <translation>Una fecha especial</translation>
    </message>
    <message>
        <source>They contacted me</source>
        <translation>Me contactó</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
</context>
<context>
    <name>UrgeKindTexts</name>
    <message>
        <source>To message or call them</source>
        <translation>Escribir o llamar a tu ex</translation>
    </message>
    <message>
        <source>To look at their profile, photos or the old chat</source>
        <translation>Mirar su perfil, sus fotos o el chat de antes</translation>
    </message>
    <message>
        <source>To go where they might be</source>
        <translation>Ir adonde podría estar</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>First, close it</source>
        <translation>Primero, ciérralo</translation>
    </message>
    <message>
        <source>First, stay where you are</source>
        <translation>Primero, quédate donde estás</translation>
    </message>
    <message>
        <source>Close the tab or the app now. If you choose, mute or unfollow them, so they come up less often. Holdfast never reaches into other apps: that step is yours, whenever you are ready.</source>
        <translation>Cierra ahora la pestaña o la app. Si quieres, silencia a tu ex o deja de seguirle, para que aparezca menos. Holdfast nunca entra en otras apps: ese paso es tuyo, cuando estés listo o lista.</translation>
    </message>
    <message>
        <source>Stay where you are, or go somewhere they won&apos;t be: a friend&apos;s place, a walk the other way. The urge will pass long before you would get there.</source>
        <translation>Quédate donde estás, o ve a algún sitio donde no vaya a estar: a casa de alguien de confianza, un paseo en la otra dirección. El impulso pasará mucho antes de que llegaras.</translation>
    </message>
</context>
<context>
    <name>UrgeTexts</name>
    <message>
        <source>Name it</source>
        <translation>Ponle nombre</translation>
    </message>
    <message>
        <source>Do one thing</source>
        <translation>Haz una cosa</translation>
    </message>
    <message>
        <source>Wait it out</source>
        <translation>Espera a que pase</translation>
    </message>
    <message>
        <source>Write it instead</source>
        <translation>Escríbelo en su lugar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>You&apos;re through this one</source>
        <translation>Esta ola ya pasó</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>You rode it out. That took strength.</source>
        <translation>Lo has dejado pasar. Eso requiere fuerza.</translation>
    </message>
    <message>
        <source>That&apos;s okay. A lapse is information, not failure. Your counter starts again now, and so do you.</source>
        <translation>No pasa nada. Una recaída es información, no un fracaso. Tu contador vuelve a empezar ahora, y tú también.</translation>
    </message>
    <message>
        <source>They reached out, and you didn&apos;t reply. Your counter keeps running.</source>
        <translation>Tu ex te contactó y no respondiste. Tu contador sigue en marcha.</translation>
    </message>
    <message>
        <source>This is not saved yet. Everything you entered is still here.</source>
        <translation>Esto aún no se ha guardado. Todo lo que escribiste sigue aquí.</translation>
    </message>
    <message>
        <source>Saved now.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Some of your plan could not be read, so this step may look emptier than usual.</source>
        <translation>No se ha podido leer parte de tu plan, así que este paso puede verse más vacío de lo normal.</translation>
    </message>
    <message>
        <source>Every wave you let pass is proof that you can. You are doing better than it feels.</source>
        <translation>Cada ola que dejas pasar demuestra que puedes. Lo estás haciendo mejor de lo que parece.</translation>
    </message>
    <message>
        <source>Whatever they said, you don&apos;t have to decide anything now. Take care of yourself first.</source>
        <translation>Diga lo que diga tu ex, no tienes que decidir nada ahora. Primero cuídate.</translation>
    </message>
    <message>
        <source>Not answering right away took strength. You can take all the time you need.</source>
        <translation>No responder enseguida requiere fuerza. Puedes tomarte todo el tiempo que necesites.</translation>
    </message>
    <message>
        <source>A message</source>
        <translation>Un mensaje</translation>
    </message>
    <message>
        <source>A call</source>
        <translation>Una llamada</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Another way</source>
        <translation>De otra forma</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <comment>minutes:seconds left</comment>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Cómo fue</translation>
    </message>
    <message>
        <source>That&apos;s okay. You can begin again right away; this counts as contact, so your counter starts again from now.</source>
        <translation>No pasa nada. Puedes volver a empezar ya mismo; esto cuenta como contacto, así que tu contador empieza de nuevo desde ahora.</translation>
    </message>
    <message>
        <source>Be gentle with yourself now. When you are ready, look at what set it off; that is how the next wave gets easier.</source>
        <translation>Ahora trátate con cariño. Cuando te sientas con fuerzas, mira qué lo provocó; así la próxima ola será más fácil.</translation>
    </message>
    <message>
        <source>They might not answer at all, or might block you.</source>
        <translation>Puede que no te conteste nunca, o que te bloquee.</translation>
    </message>
    <message>
        <source>A reply can be cold, or angry, and hurt more than the silence.</source>
        <translation>Una respuesta puede ser fría, o enfadada, y doler más que el silencio.</translation>
    </message>
    <message>
        <source>You might learn something you are not ready for, like someone new in their life.</source>
        <translation>Podrías enterarte de algo que aún no puedes asimilar, como que hay alguien nuevo en su vida.</translation>
    </message>
    <message>
        <source>A lot of hope would hang on one answer that you do not control.</source>
        <translation>Mucha esperanza dependería de una sola respuesta que no está en tus manos.</translation>
    </message>
    <message>
        <source>That&apos;s okay. Looking is not contact, so your counter keeps running.</source>
        <translation>No pasa nada. Mirar no es contacto, así que tu contador sigue en marcha.</translation>
    </message>
    <message>
        <source>That&apos;s okay. Going there is not contact, so your counter keeps running.</source>
        <translation>No pasa nada. Ir allí no es contacto, así que tu contador sigue en marcha.</translation>
    </message>
    <message>
        <source>That&apos;s okay. It was not contact, so your counter keeps running.</source>
        <translation>No pasa nada. No fue contacto, así que tu contador sigue en marcha.</translation>
    </message>
    <message>
        <source>Be gentle with yourself. Closing the tab, and muting them if you choose, makes the next wave easier.</source>
        <translation>Sé amable contigo. Cerrar la pestaña, y silenciar a tu ex si quieres, hace más fácil la próxima ola.</translation>
    </message>
    <message>
        <source>Be gentle with yourself. When you are ready, look at what set it off; next time you can plan somewhere else to be.</source>
        <translation>Sé amable contigo. Cuando estés listo o lista, mira qué lo provocó; la próxima vez puedes planear estar en otro sitio.</translation>
    </message>
    <message>
        <source>Noted as logistics. Your stretch keeps going.</source>
        <translation>Anotado como logística. Tu racha sigue.</translation>
    </message>
    <message>
        <source>Keeping it to what needs sorting is a way of looking after yourself.</source>
        <translation>Quedarte en lo necesario también es cuidarte.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ActivitiesSection</name>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>Go for a run</source>
        <translation>Salir a correr</translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Actividad:</translation>
    </message>
    <message>
        <source>Things to do instead, that take your mind off them for a while.</source>
        <translation>Cosas que hacer en su lugar, que te quitan a tu ex de la cabeza un rato.</translation>
    </message>
    <message>
        <source>Add a few things that help you: a walk, a workout, cooking something, a film.</source>
        <translation>Añade algunas cosas que te ayuden: un paseo, hacer ejercicio, cocinar algo, una película.</translation>
    </message>
    <message>
        <source>Add an activity</source>
        <translation>Añadir una actividad</translation>
    </message>
    <message>
        <source>Edit this activity</source>
        <translation>Editar esta actividad</translation>
    </message>
    <message>
        <source>Add activity</source>
        <translation>Añadir actividad</translation>
    </message>
    <message>
        <source>Your activities</source>
        <translation>Tus actividades</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Remove “%1” from your activities?</source>
        <translation>¿Quitar «%1» de tus actividades?</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::BackupsPanel</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurar la copia seleccionada</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Backed up by you</source>
        <translation>Hecha por ti</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Before a change of encryption</source>
        <translation>Antes de un cambio de cifrado</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Backed up on %1.</source>
        <translation>Copia hecha el %1.</translation>
    </message>
    <message>
        <source>Restored the backup from %1. What you had before is kept as the backup “%2”.</source>
        <translation>Se ha restaurado la copia del %1. Lo que tenías antes se conserva como la copia «%2».</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia</translation>
    </message>
    <message>
        <source>Replace your data with the backup from %1?</source>
        <translation>¿Reemplazar tus datos por la copia del %1?</translation>
    </message>
    <message>
        <source>Holdfast first takes a backup of your data as it is now, so you can go back to it from this list. Anything written after %1 is only in that new backup.</source>
        <translation>Antes, Holdfast hace una copia de tus datos tal como están ahora, para que puedas volver a ellos desde esta lista. Lo escrito después del %1 solo estará en esa nueva copia.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>Holdfast copies your data once a day when it starts and keeps the newest %n backup(s). Restoring one replaces your current data, after a backup of it.</source>
        <translation>
            <numerusform>Holdfast copia tus datos una vez al día al iniciarse y conserva la copia más reciente (%n). Restaurar una copia reemplaza tus datos actuales, después de hacer una copia de ellos.</numerusform>
            <numerusform>Holdfast copia tus datos una vez al día al iniciarse y conserva las %n copias más recientes. Restaurar una copia reemplaza tus datos actuales, después de hacer una copia de ellos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backups yet. Holdfast takes the first one when it starts, or now if you press “Back up now”.</source>
        <translation>Todavía no hay copias. Holdfast hace la primera al iniciarse, o ahora si pulsas «Hacer copia ahora».</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::BreathingWidget</name>
    <message>
        <source>Breathing guide</source>
        <translation>Guía de respiración</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Inspira</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Espira</translation>
    </message>
    <message>
        <source>Breathe in slowly for four seconds</source>
        <translation>Inspira despacio durante cuatro segundos</translation>
    </message>
    <message>
        <source>Breathe out slowly for six seconds</source>
        <translation>Espira despacio durante seis segundos</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ChartCard</name>
    <message>
        <source>Chart. The same figures are in a table: press “Show as table” at the top of the review.</source>
        <translation>Gráfico. Las mismas cifras están en una tabla: pulsa «Ver como tabla» arriba del resumen semanal.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CheckInCard</name>
    <message>
        <source>Morning check-in</source>
        <translation>Registro de la mañana</translation>
    </message>
    <message>
        <source>A moment for yourself before the day begins.</source>
        <translation>Un momento para ti antes de empezar el día.</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <source>Restless</source>
        <translation>Inquieto</translation>
    </message>
    <message>
        <source>Rested</source>
        <translation>Reparador</translation>
    </message>
    <message>
        <source>Intention</source>
        <translation>Intención</translation>
    </message>
    <message>
        <source>Intention for today</source>
        <translation>Intención para hoy</translation>
    </message>
    <message>
        <source>One intention for today (optional)</source>
        <translation>Una intención para hoy (opcional)</translation>
    </message>
    <message>
        <source>Save check-in</source>
        <translation>Guardar registro</translation>
    </message>
    <message>
        <source>Update check-in</source>
        <translation>Actualizar registro</translation>
    </message>
    <message>
        <source>Changed. Save to update today&apos;s check-in.</source>
        <translation>Cambiado. Guarda para actualizar el registro de hoy.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Aún sin guardar.</translation>
    </message>
    <message>
        <source>Pick a number for your mood and your sleep.</source>
        <translation>Elige un número para tu ánimo y tu sueño.</translation>
    </message>
    <message>
        <source>Saved at %1. You can change it until midnight.</source>
        <translation>Guardado a las %1. Puedes cambiarlo hasta medianoche.</translation>
    </message>
    <message>
        <source>How are you arriving today? Pick a number for each.</source>
        <translation>¿Cómo llegas hoy? Elige un número para cada uno.</translation>
    </message>
    <message>
        <source>Pick a number for your mood and your sleep first.</source>
        <translation>Primero elige un número para tu ánimo y tu sueño.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ClearPathSection</name>
    <message>
        <source>Small steps that make reaching out harder. Tick them as you do them; Holdfast never touches your other apps.</source>
        <translation>Pequeños pasos que hacen más difícil escribirle. Márcalos a medida que los hagas; Holdfast nunca toca tus otras apps.</translation>
    </message>
    <message>
        <source>Clear the path</source>
        <translation>Despejar</translation>
    </message>
    <message>
        <source>&amp;Mute or unfollow them</source>
        <translation>&amp;Silenciar o dejar de seguir a tu ex</translation>
    </message>
    <message>
        <source>&amp;Archive the chat</source>
        <translation>Archivar el &amp;chat</translation>
    </message>
    <message>
        <source>Move their &amp;photos to a folder out of sight</source>
        <translation>Mover sus &amp;fotos a una carpeta fuera de la vista</translation>
    </message>
    <message>
        <source>&amp;Remove them from favourites and pinned contacts</source>
        <translation>&amp;Quitar a tu ex de favoritos y contactos fijados</translation>
    </message>
    <message>
        <source>The path is clearer. That took care.</source>
        <translation>El camino está más despejado. Te has cuidado.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CounterCard</name>
    <message>
        <source>No-contact counter</source>
        <translation>Contador de contacto cero</translation>
    </message>
    <message>
        <source>No contact for</source>
        <translation>Sin contacto desde hace</translation>
    </message>
    <message>
        <source>Longest streak</source>
        <translation>Racha más larga</translation>
    </message>
    <message>
        <source>Days without contact</source>
        <translation>Días sin contacto</translation>
    </message>
    <message>
        <source>Fresh starts</source>
        <translation>Nuevos comienzos</translation>
    </message>
    <message>
        <source>&amp;Log contact…</source>
        <translation>&amp;Registrar contacto…</translation>
    </message>
    <message>
        <source>Record a message about children, work or shared things</source>
        <translation>Anota un mensaje sobre hijos, trabajo o cosas compartidas</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>days, hours</comment>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
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
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Not counting yet</source>
        <translation>Aún sin contar</translation>
    </message>
    <message>
        <source>Set when no contact began, and the count starts.</source>
        <translation>Indica cuándo empezó el contacto cero y empezará la cuenta.</translation>
    </message>
    <message>
        <source>Since %1, %2</source>
        <translation>Desde %1, %2</translation>
    </message>
    <message>
        <source>No personal contact for</source>
        <translation>Sin contacto personal desde hace</translation>
    </message>
    <message>
        <source>Days without personal contact</source>
        <translation>Días sin contacto personal</translation>
    </message>
    <message>
        <source>No personal contact for %1</source>
        <translation>Sin contacto personal desde hace %1</translation>
    </message>
    <message>
        <source>No contact for %1</source>
        <translation>Sin contacto desde hace %1</translation>
    </message>
    <message numerus="yes">
        <source>%n logistics contact(s) kept in this stretch</source>
        <translation>
            <numerusform>%n contacto logístico en esta racha</numerusform>
            <numerusform>%n contactos logísticos en esta racha</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CrisisCard</name>
    <message>
        <source>Crisis help</source>
        <translation>Ayuda en crisis</translation>
    </message>
    <message>
        <source>About Holdfast</source>
        <translation>Acerca de Holdfast</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Holdfast %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A private companion for keeping no contact after a breakup. Everything stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Holdfast %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Un compañero privado para mantener el contacto cero después de una ruptura. Todo se queda en este ordenador.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>If you are in danger, or thinking about hurting yourself, please get help now.</source>
        <translation>Si estás en peligro o piensas en hacerte daño, por favor, pide ayuda ahora.</translation>
    </message>
    <message>
        <source>In an emergency, call %1.</source>
        <translation>En una emergencia, llama al %1.</translation>
    </message>
    <message>
        <source>In an emergency, call your local emergency number.</source>
        <translation>En una emergencia, llama al número de emergencias de tu país.</translation>
    </message>
    <message>
        <source>Crisis lines to call when it gets too much (%1):</source>
        <translation>Líneas de crisis a las que llamar cuando todo es demasiado (%1):</translation>
    </message>
    <message>
        <source>To find a crisis line where you are:</source>
        <translation>Para encontrar una línea de crisis donde estás:</translation>
    </message>
    <message>
        <source>In another country, %1 lists crisis lines:</source>
        <translation>En otro país, %1 reúne líneas de crisis:</translation>
    </message>
    <message>
        <source>Your own line:</source>
        <translation>Tu propio número:</translation>
    </message>
    <message>
        <source>Someone on your side:</source>
        <translation>Alguien de tu lado:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>support person: name, phone or handle</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>If you can, tell someone near you how you feel.</source>
        <translation>Si puedes, cuéntale a alguien cercano cómo te sientes.</translation>
    </message>
    <message>
        <source>Holdfast is a self-help tool, not therapy, and cannot replace a person who can help you. You can choose the country and add your own line in Settings.</source>
        <translation>Holdfast es una herramienta de autoayuda, no terapia, y no puede sustituir a una persona que pueda ayudarte. En Ajustes puedes elegir el país y añadir tu propio número.</translation>
    </message>
    <message>
        <source>Argentina</source>
        <translation>Argentina</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Austria</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australia</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Bélgica</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suiza</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Alemania</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>España</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irlanda</translation>
    </message>
    <message>
        <source>Mexico</source>
        <translation>México</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Nueva Zelanda</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CrisisCountryCombo</name>
    <message>
        <source>Country for the crisis lines</source>
        <translation>País de las líneas de crisis</translation>
    </message>
    <message>
        <source>This computer&apos;s country</source>
        <translation>País de este ordenador</translation>
    </message>
    <message>
        <source>This computer&apos;s country (%1)</source>
        <translation>País de este ordenador (%1)</translation>
    </message>
    <message>
        <source>Another country</source>
        <translation>Otro país</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::CrisisHelp</name>
    <message>
        <source>Crisis help (%1)</source>
        <translation>Ayuda en crisis (%1)</translation>
    </message>
    <message>
        <source>Crisis help</source>
        <translation>Ayuda en crisis</translation>
    </message>
    <message>
        <source>Shows where to get help right away</source>
        <translation>Muestra dónde encontrar ayuda ahora mismo</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::DashboardPage</name>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>When did no contact begin?</source>
        <translation>¿Cuándo empezó el contacto cero?</translation>
    </message>
    <message>
        <source>Tell Holdfast when you last reached out to them, and it will count the days from there. If it is today, just start now.</source>
        <translation>Dile a Holdfast cuándo contactaste por última vez y contará los días desde entonces. Si fue hoy, empieza ahora.</translation>
    </message>
    <message>
        <source>Last contact:</source>
        <translation>Último contacto:</translation>
    </message>
    <message>
        <source>When you last reached out</source>
        <translation>Cuándo contactaste por última vez</translation>
    </message>
    <message>
        <source>Start counting</source>
        <translation>Empezar a contar</translation>
    </message>
    <message>
        <source>Urges you let pass</source>
        <translation>Impulsos que dejaste pasar</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>La semana pasada</translation>
    </message>
    <message>
        <source>Reminder for today</source>
        <translation>Recordatorio para hoy</translation>
    </message>
    <message>
        <source>For today</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <source>One of your own reasons</source>
        <translation>Una de tus propias razones</translation>
    </message>
    <message>
        <source>Hard days ahead</source>
        <translation>Días difíciles a la vista</translation>
    </message>
    <message>
        <source>Coming up this week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>No hard dates in the next seven days. You can mark birthdays, anniversaries and holidays in your plan.</source>
        <translation>No hay fechas difíciles en los próximos siete días. Puedes marcar cumpleaños, aniversarios y festivos en tu plan.</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Buenos días</translation>
    </message>
    <message>
        <source>Good afternoon</source>
        <translation>Buenas tardes</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Buenas noches</translation>
    </message>
    <message>
        <source>Each one you let pass is proof of your strength.</source>
        <translation>Cada uno que dejas pasar demuestra tu fuerza.</translation>
    </message>
    <message>
        <source>Every urge that passes makes the next one a little weaker.</source>
        <translation>Cada impulso que pasa hace el siguiente un poco más débil.</translation>
    </message>
    <message>
        <source>When an urge comes, the button on the left is there for you.</source>
        <translation>Cuando llegue un impulso, el botón de la izquierda está para ti.</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message numerus="yes">
        <source>%1, in %n day(s)</source>
        <translation>
            <numerusform>%1, dentro de %n día</numerusform>
            <numerusform>%1, dentro de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>dddd, d MMMM</source>
        <comment>date of an upcoming risk date</comment>
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No plan yet. A few lines in your plan can make the day easier.</source>
        <translation>Aún no hay plan. Unas líneas en tu plan pueden hacer el día más llevadero.</translation>
    </message>
    <message>
        <source>Your plan: %1</source>
        <translation>Tu plan: %1</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Tu progreso</translation>
    </message>
    <message>
        <source>Your progress is hidden while discreet mode is on.</source>
        <translation>Tu progreso está oculto mientras el modo discreto esté activado.</translation>
    </message>
    <message>
        <source>Your progress is shown until you leave this screen.</source>
        <translation>Tu progreso se muestra hasta que salgas de esta pantalla.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Show your progress</source>
        <translation>Mostrar tu progreso</translation>
    </message>
    <message>
        <source>Hide your progress</source>
        <translation>Ocultar tu progreso</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ExportDialog</name>
    <message>
        <source>Export your data</source>
        <translation>Exportar tus datos</translation>
    </message>
    <message>
        <source>Everything you have written and recorded, with your plan and settings.</source>
        <translation>Todo lo que has escrito y registrado, con tu plan y tus ajustes.</translation>
    </message>
    <message>
        <source>One &amp;JSON file: a full copy you can import again</source>
        <translation>Un archivo &amp;JSON: una copia completa que puedes volver a importar</translation>
    </message>
    <message>
        <source>&amp;CSV files, one per kind of record: for spreadsheets</source>
        <translation>Archivos &amp;CSV, uno por tipo de datos: para hojas de cálculo</translation>
    </message>
    <message>
        <source>Where to save the export</source>
        <translation>Dónde guardar la exportación</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
    <message>
        <source>The export is not encrypted. Keep it somewhere only you can open.</source>
        <translation>La exportación no está cifrada. Guárdala en un lugar que solo tú puedas abrir.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Export as JSON</source>
        <translation>Exportar como JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Folder for the CSV files</source>
        <translation>Carpeta para los archivos CSV</translation>
    </message>
    <message>
        <source>Nothing was exported. %1</source>
        <translation>No se ha exportado nada. %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Exportado a %2: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 as %n CSV file(s) in %2.</source>
        <translation>
            <numerusform>Exportado a %2: %1 (%n archivo CSV).</numerusform>
            <numerusform>Exportado a %2: %1 (%n archivos CSV).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::IfThenPlansSection</name>
    <message>
        <source>If this happens</source>
        <translation>Si pasa esto</translation>
    </message>
    <message>
        <source>In my own words…</source>
        <translation>Con mis propias palabras…</translation>
    </message>
    <message>
        <source>The trigger in your own words</source>
        <translation>El desencadenante con tus propias palabras</translation>
    </message>
    <message>
        <source>I see their stories</source>
        <translation>Veo sus historias</translation>
    </message>
    <message>
        <source>Then I will</source>
        <translation>Entonces voy a</translation>
    </message>
    <message>
        <source>I mute them and call Sam</source>
        <translation>Silencio su cuenta y llamo a Sam</translation>
    </message>
    <message>
        <source>&amp;If:</source>
        <translation>&amp;Si:</translation>
    </message>
    <message>
        <source>In your &amp;words:</source>
        <translation>Con tus &amp;palabras:</translation>
    </message>
    <message>
        <source>&amp;Then:</source>
        <translation>&amp;Entonces:</translation>
    </message>
    <message>
        <source>Decide now what you will do when it gets hard, so you don&apos;t have to decide in the moment.</source>
        <translation>Decide ahora qué harás cuando se ponga difícil, para no tener que decidirlo en el momento.</translation>
    </message>
    <message>
        <source>Pick a moment that usually sets you off, and write what you will do instead. For example: if I see their stories, then I mute them and call Sam.</source>
        <translation>Elige un momento que suele removerte y escribe qué harás en su lugar. Por ejemplo: si veo sus historias, silencio su cuenta y llamo a Sam.</translation>
    </message>
    <message>
        <source>Add an if-then plan</source>
        <translation>Añadir un plan si-entonces</translation>
    </message>
    <message>
        <source>Edit this if-then plan</source>
        <translation>Editar este plan si-entonces</translation>
    </message>
    <message>
        <source>Add plan</source>
        <translation>Añadir plan</translation>
    </message>
    <message>
        <source>Your if-then plans</source>
        <translation>Tus planes si-entonces</translation>
    </message>
    <message>
        <source>If-then plans</source>
        <translation>Planes si-entonces</translation>
    </message>
    <message>
        <source>If: %1
Then: %2</source>
        <translation>Si: %1
Entonces: %2</translation>
    </message>
    <message>
        <source>Remove the plan for “%1”?</source>
        <translation>¿Quitar el plan para «%1»?</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ImportDialog</name>
    <message>
        <source>Import data</source>
        <translation>Importar datos</translation>
    </message>
    <message>
        <source>A Holdfast export (.json) or a Daylio export (.csv). The whole file is checked before anything is written.</source>
        <translation>Una exportación de Holdfast (.json) o de Daylio (.csv). Se revisa el archivo entero antes de escribir nada.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Elige un archivo…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Exa&amp;minar…</translation>
    </message>
    <message>
        <source>Your Daylio moods on Holdfast&apos;s scale</source>
        <translation>Tus estados de ánimo de Daylio en la escala de Holdfast</translation>
    </message>
    <message>
        <source>Each day becomes one check-in with the average of that day&apos;s moods. Your choice is remembered for the next import.</source>
        <translation>Cada día se convierte en un registro con la media de los estados de ánimo de ese día. Tu elección se recuerda para la próxima importación.</translation>
    </message>
    <message>
        <source>How to import</source>
        <translation>Cómo importar</translation>
    </message>
    <message>
        <source>&amp;Add what is not here yet (nothing is changed or removed)</source>
        <translation>&amp;Añadir lo que aún no está (no se cambia ni se quita nada)</translation>
    </message>
    <message>
        <source>&amp;Replace all my data and settings with the file&apos;s</source>
        <translation>&amp;Reemplazar todos mis datos y ajustes por los del archivo</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Holdfast or Daylio exports (*.json *.csv);;All files (*)</source>
        <translation>Exportaciones de Holdfast o Daylio (*.json *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was changed.</source>
        <translation>Este archivo no se puede importar; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>A Holdfast export.</source>
        <translation>Una exportación de Holdfast.</translation>
    </message>
    <message numerus="yes">
        <source>A Daylio export with %n entry(s).</source>
        <translation>
            <numerusform>Una exportación de Daylio con %n entrada.</numerusform>
            <numerusform>Una exportación de Daylio con %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Place of the Daylio mood “%1” on the scale</source>
        <translation>Lugar del estado de ánimo «%1» de Daylio en la escala</translation>
    </message>
    <message>
        <source>Choose a place on the scale for every mood to see what will be imported.</source>
        <translation>Elige un lugar en la escala para cada estado de ánimo y verás qué se importará.</translation>
    </message>
    <message>
        <source>Everything stored now will be replaced by: %1.</source>
        <translation>Todo lo guardado ahora se reemplazará por: %1.</translation>
    </message>
    <message>
        <source>Ready to add: %1.</source>
        <translation>Listo para añadir: %1.</translation>
    </message>
    <message>
        <source>Already here, so left out: %1.</source>
        <translation>Ya está aquí, así que se omite: %1.</translation>
    </message>
    <message>
        <source>Replace all your data?</source>
        <translation>¿Reemplazar todos tus datos?</translation>
    </message>
    <message>
        <source>Replace everything</source>
        <translation>Reemplazar todo</translation>
    </message>
    <message>
        <source>Keep my data</source>
        <translation>Conservar mis datos</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se ha importado nada.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Importado: %1.</translation>
    </message>
    <message>
        <source>This file holds no records, so replacing removes everything stored in Holdfast now (%1), and your settings become the file&apos;s.</source>
        <translation>Este archivo no contiene datos, así que reemplazar elimina todo lo que hay guardado ahora en Holdfast (%1), y tus ajustes pasan a ser los del archivo.</translation>
    </message>
    <message>
        <source>Everything stored in Holdfast now, and your settings, will be replaced by the file&apos;s.</source>
        <translation>Todo lo que hay ahora en Holdfast, y tus ajustes, se reemplazará por lo del archivo.</translation>
    </message>
    <message>
        <source>A backup of what is here now is taken first; Settings, Backups can bring it back.</source>
        <translation>Antes se hace una copia de lo que hay ahora; puedes recuperarla en Ajustes, Copias de seguridad.</translation>
    </message>
    <message>
        <source>Replaced: removed %1, imported %2.</source>
        <translation>Reemplazado. Eliminado: %1; importado: %2.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::IntensitySlider</name>
    <message>
        <source>0 · calm</source>
        <translation>0 · calma</translation>
    </message>
    <message>
        <source>10 · overwhelming</source>
        <translation>10 · abrumador</translation>
    </message>
    <message>
        <source>Rated %1 out of 10</source>
        <translation>Valorado con %1 de 10</translation>
    </message>
    <message>
        <source>Last rated %1 out of 10. Use the arrow keys or type a number to rate again.</source>
        <translation>Última valoración: %1 de 10. Usa las flechas o escribe un número para volver a valorar.</translation>
    </message>
    <message>
        <source>–</source>
        <comment>not rated yet</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>Not rated yet. Use the arrow keys or type a number from 0 to 10.</source>
        <translation>Aún sin valorar. Usa las flechas o escribe un número del 0 al 10.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::JournalEntriesView</name>
    <message>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>Start a new entry (%1)</source>
        <translation>Empezar una entrada nueva (%1)</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <source>Nothing matches. Try other words or fewer filters.</source>
        <translation>No hay coincidencias. Prueba con otras palabras o menos filtros.</translation>
    </message>
    <message>
        <source>Your entries will appear here. Write as much or as little as you like.</source>
        <translation>Aquí aparecerán tus entradas. Escribe tanto o tan poco como quieras.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n entries. Search or pick dates to find older ones.</source>
        <translation>
            <numerusform>Se muestra la entrada más reciente (%n). Busca o elige fechas para encontrar otras más antiguas.</numerusform>
            <numerusform>Se muestran las %n entradas más recientes. Busca o elige fechas para encontrar otras más antiguas.</numerusform>
        </translation>
    </message>
    <message>
        <source>(no words yet)</source>
        <translation>(aún sin palabras)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, mood %2: %3</source>
        <translation>%1, ánimo %2: %3</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eliminar entrada</translation>
    </message>
    <message>
        <source>Delete this entry from %1? It cannot be brought back.</source>
        <translation>¿Eliminar esta entrada del %1? No se podrá recuperar.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::JournalEntryEditor</name>
    <message>
        <source>Delete entry…</source>
        <translation>Eliminar entrada…</translation>
    </message>
    <message>
        <source>Deletes this entry after asking you</source>
        <translation>Elimina esta entrada después de preguntarte</translation>
    </message>
    <message>
        <source>Journal entry</source>
        <translation>Entrada del diario</translation>
    </message>
    <message>
        <source>Write whatever is on your mind. Plain words are fine; Markdown works too. It stays on this computer.</source>
        <translation>Escribe lo que tengas en la cabeza. Basta con palabras sencillas; también funciona Markdown. Se queda en este ordenador.</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>e.g. walk, friends, sleep</source>
        <translation>p. ej., paseo, amigos, sueño</translation>
    </message>
    <message>
        <source>Separate tags with commas</source>
        <translation>Separa las etiquetas con comas</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>New entry · %1</source>
        <translation>Nueva entrada · %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::JournalFilterBar</name>
    <message>
        <source>Search your journal</source>
        <translation>Buscar en tu diario</translation>
    </message>
    <message>
        <source>Show entries with this tag</source>
        <translation>Mostrar entradas con esta etiqueta</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>Show entries with this mood</source>
        <translation>Mostrar entradas con este ánimo</translation>
    </message>
    <message>
        <source>Any mood</source>
        <translation>Cualquier ánimo</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Untick to show only entries between two dates</source>
        <translation>Desmarca para mostrar solo entradas entre dos fechas</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between two dates</comment>
        <translation>a</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::JournalPage</name>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Journal folders</source>
        <translation>Carpetas del diario</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Unsent messages</source>
        <translation>Mensajes sin enviar</translation>
    </message>
    <message>
        <source>What you wrote to them instead of sending it</source>
        <translation>Lo que le escribiste en lugar de enviarlo</translation>
    </message>
    <message>
        <source>Read it again</source>
        <translation>Volver a leerlo</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>You wrote an unsent message yesterday. Want to read it again with today&apos;s eyes?</source>
        <translation>Ayer escribiste un mensaje sin enviar. ¿Quieres releerlo con los ojos de hoy?</translation>
    </message>
    <message numerus="yes">
        <source>You wrote %n unsent messages yesterday. Want to read them again with today&apos;s eyes?</source>
        <translation>
            <numerusform>Ayer escribiste %n mensaje sin enviar. ¿Quieres releerlo con los ojos de hoy?</numerusform>
            <numerusform>Ayer escribiste %n mensajes sin enviar. ¿Quieres releerlos con los ojos de hoy?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::JournalPromptPanel</name>
    <message>
        <source>Need a place to start?</source>
        <translation>¿Necesitas un punto de partida?</translation>
    </message>
    <message>
        <source>Other prompts</source>
        <translation>Otras preguntas</translation>
    </message>
    <message>
        <source>Shows different writing prompts</source>
        <translation>Muestra otras propuestas de escritura</translation>
    </message>
    <message>
        <source>Starts your entry with this question</source>
        <translation>Empieza tu entrada con esta pregunta</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::LockScreen</name>
    <message>
        <source>Holdfast is locked</source>
        <translation>Holdfast está bloqueado</translation>
    </message>
    <message>
        <source>What you wrote is protected with your passphrase. Type it to open your journal and plan.</source>
        <translation>Lo que escribiste está protegido con tu frase de contraseña. Escríbela para abrir tu diario y tu plan.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Crisis help (%1)</source>
        <translation>Ayuda en crisis (%1)</translation>
    </message>
    <message>
        <source>Crisis help</source>
        <translation>Ayuda en crisis</translation>
    </message>
    <message>
        <source>Shows where to get help right away</source>
        <translation>Muestra dónde encontrar ayuda ahora mismo</translation>
    </message>
    <message>
        <source>“I want to text my ex” works while Holdfast is locked.</source>
        <translation>«Quiero escribir a mi ex» funciona aunque Holdfast esté bloqueado.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Primero escribe tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Abriendo tus datos…</translation>
    </message>
    <message>
        <source>That passphrase did not open your data. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Esa frase de contraseña no ha abierto tus datos. Revisa Bloq Mayús y la distribución del teclado, y vuelve a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>Take a breath. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Respira hondo. Puedes volver a intentarlo en %n segundo.</numerusform>
            <numerusform>Respira hondo. Puedes volver a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>“%1” works while this is locked.</source>
        <translation>«%1» funciona aunque esté bloqueado.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::LogContactDialog</name>
    <message>
        <source>Log contact</source>
        <translation>Registrar contacto</translation>
    </message>
    <message>
        <source>Contact you need to have, about children, work or shared things, is kept here and in your review. It doesn&apos;t end your stretch.</source>
        <translation>El contacto que necesitas tener, por hijos, trabajo o cosas compartidas, se guarda aquí y en tu repaso. No termina tu racha.</translation>
    </message>
    <message>
        <source>What was it about?</source>
        <translation>¿De qué se trataba?</translation>
    </message>
    <message>
        <source>&amp;Logistics only</source>
        <translation>Solo &amp;logística</translation>
    </message>
    <message>
        <source>It went &amp;past logistics</source>
        <translation>Fue &amp;más allá de la logística</translation>
    </message>
    <message>
        <source>Who started it?</source>
        <translation>¿Quién empezó?</translation>
    </message>
    <message>
        <source>&amp;They did</source>
        <translation>&amp;Esa persona</translation>
    </message>
    <message>
        <source>&amp;I did</source>
        <translation>&amp;Yo</translation>
    </message>
    <message>
        <source>I replie&amp;d</source>
        <translation>Respon&amp;dí</translation>
    </message>
    <message>
        <source>Ho&amp;w:</source>
        <translation>C&amp;ómo:</translation>
    </message>
    <message>
        <source>For example: pick-up moved to 5 pm</source>
        <translation>Por ejemplo: la recogida pasa a las 17:00</translation>
    </message>
    <message>
        <source>&amp;Note (optional):</source>
        <translation>&amp;Nota (opcional):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>This is not saved yet. Everything you entered is still here.</source>
        <translation>Esto aún no está guardado. Todo lo que escribiste sigue aquí.</translation>
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
        <translation>Repaso de la noche</translation>
    </message>
    <message>
        <source>An easy day (1 of 5)</source>
        <translation>Un día fácil (1 de 5)</translation>
    </message>
    <message>
        <source>A fairly easy day (2 of 5)</source>
        <translation>Un día bastante fácil (2 de 5)</translation>
    </message>
    <message>
        <source>A middling day (3 of 5)</source>
        <translation>Un día regular (3 de 5)</translation>
    </message>
    <message>
        <source>A hard day (4 of 5)</source>
        <translation>Un día difícil (4 de 5)</translation>
    </message>
    <message>
        <source>A very hard day (5 of 5)</source>
        <translation>Un día muy difícil (5 de 5)</translation>
    </message>
    <message>
        <source>Tonight&apos;s look back</source>
        <translation>Tu repaso de esta noche</translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>Hoy: %1</translation>
    </message>
    <message>
        <source>Change tonight&apos;s look back…</source>
        <translation>Cambiar el repaso de esta noche…</translation>
    </message>
    <message>
        <source>How was today? A minute to close the day before you sleep.</source>
        <translation>¿Cómo fue hoy? Un minuto para cerrar el día antes de dormir.</translation>
    </message>
    <message>
        <source>Look back on today…</source>
        <translation>Repasar el día de hoy…</translation>
    </message>
    <message>
        <source>From last night</source>
        <translation>De anoche</translation>
    </message>
    <message>
        <source>What helped: %1</source>
        <translation>Lo que ayudó: %1</translation>
    </message>
    <message>
        <source>For tomorrow: %1</source>
        <translation>Para mañana: %1</translation>
    </message>
    <message>
        <source>Yesterday was an easy day (1 of 5).</source>
        <translation>Ayer fue un día fácil (1 de 5).</translation>
    </message>
    <message>
        <source>Yesterday was a fairly easy day (2 of 5).</source>
        <translation>Ayer fue un día bastante fácil (2 de 5).</translation>
    </message>
    <message>
        <source>Yesterday was a middling day (3 of 5).</source>
        <translation>Ayer fue un día regular (3 de 5).</translation>
    </message>
    <message>
        <source>Yesterday was hard (4 of 5). You got through it.</source>
        <translation>Ayer fue difícil (4 de 5). Lo superaste.</translation>
    </message>
    <message>
        <source>Yesterday was very hard (5 of 5). You got through it.</source>
        <translation>Ayer fue muy difícil (5 de 5). Lo superaste.</translation>
    </message>
    <message>
        <source>Your line for today: %1</source>
        <extracomment>the line the person wrote last night for the day after; &quot;tomorrow&quot; tonight, &quot;today&quot; the next morning</extracomment>
        <translation>Tu línea para hoy: %1</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::LookBackDialog</name>
    <message>
        <source>Evening look back</source>
        <translation>Repaso de la noche</translation>
    </message>
    <message>
        <source>How was today?</source>
        <translation>¿Qué tal el día?</translation>
    </message>
    <message>
        <source>A minute to close the day. Only the first question needs an answer.</source>
        <translation>Un minuto para cerrar el día. Solo la primera pregunta necesita respuesta.</translation>
    </message>
    <message>
        <source>How hard was today</source>
        <translation>Cuánto costó hoy</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Fácil</translation>
    </message>
    <message>
        <source>Very hard</source>
        <translation>Muy difícil</translation>
    </message>
    <message>
        <source>How &amp;hard was today?</source>
        <translation>¿Cuánto te &amp;costó el día?</translation>
    </message>
    <message>
        <source>One thing that helped</source>
        <translation>Una cosa que ayudó</translation>
    </message>
    <message>
        <source>For example: a walk after dinner</source>
        <translation>Por ejemplo: un paseo después de cenar</translation>
    </message>
    <message>
        <source>One thing that he&amp;lped:</source>
        <translation>Una cosa que a&amp;yudó:</translation>
    </message>
    <message>
        <source>One line for tomorrow</source>
        <translation>Una línea para mañana</translation>
    </message>
    <message>
        <source>For example: phone stays in the kitchen tonight</source>
        <translation>Por ejemplo: esta noche el móvil se queda en la cocina</translation>
    </message>
    <message>
        <source>One line for &amp;tomorrow:</source>
        <translation>Una línea para &amp;mañana:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Not tonight</source>
        <translation>&amp;Hoy no</translation>
    </message>
    <message>
        <source>This is not saved yet. Everything you wrote is still here.</source>
        <translation>Esto aún no está guardado. Todo lo que escribiste sigue aquí.</translation>
    </message>
    <message>
        <source>Keep what you wrote tonight?</source>
        <translation>¿Guardar lo que escribiste esta noche?</translation>
    </message>
    <message>
        <source>&amp;Keep writing</source>
        <translation>&amp;Seguir escribiendo</translation>
    </message>
    <message>
        <source>&amp;Save it</source>
        <translation>&amp;Guardarlo</translation>
    </message>
    <message>
        <source>To save it, first say how hard today was.</source>
        <translation>Para guardarlo, di primero cuánto te costó hoy.</translation>
    </message>
    <message>
        <source>&amp;Let it go</source>
        <translation>&amp;Dejarlo ir</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>Say how hard today was first, then save. The rest can stay empty.</source>
        <translation>Di primero cuánto te costó el día y luego guarda. Lo demás puede quedar vacío.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::LookBackWeekCard</name>
    <message>
        <source>The week&apos;s evening look backs</source>
        <translation>Los repasos de la noche de la semana</translation>
    </message>
    <message>
        <source>How hard each day was</source>
        <translation>Cuánto costó cada día</translation>
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
        <translation>Pantallas</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>I want to text my ex</source>
        <translation>Quiero escribir a mi ex</translation>
    </message>
    <message>
        <source>Opens a short exercise that helps you ride out the urge</source>
        <translation>Abre un breve ejercicio que te ayuda a dejar pasar el impulso</translation>
    </message>
    <message>
        <source>Ride out the urge (%1)</source>
        <translation>Deja pasar el impulso (%1)</translation>
    </message>
    <message>
        <source>Coming soon</source>
        <translation>Próximamente</translation>
    </message>
    <message>
        <source>Your check-in could not be saved, so Holdfast stays open and keeps it.</source>
        <translation>No se ha podido guardar tu registro, así que Holdfast sigue abierto y lo conserva.</translation>
    </message>
    <message>
        <source>Your journal entry could not be saved, so Holdfast stays open and keeps it.</source>
        <translation>No se ha podido guardar tu entrada del diario, así que Holdfast sigue abierto y la conserva.</translation>
    </message>
    <message>
        <source>The screen says what went wrong. Try again in a moment.</source>
        <translation>La pantalla indica qué ha fallado. Vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Your check-in is not saved yet: it needs a number for your mood and your sleep.</source>
        <translation>Tu registro aún no se ha guardado: necesita un número para tu ánimo y tu sueño.</translation>
    </message>
    <message>
        <source>Close Holdfast without it?</source>
        <translation>¿Cerrar Holdfast sin el registro?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <source>Close without it</source>
        <translation>Cerrar sin el registro</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>&amp;About Holdfast</source>
        <translation>&amp;Acerca de Holdfast</translation>
    </message>
    <message>
        <source>Locks when encrypted and hides the window at once</source>
        <translation>Bloquea si está cifrado y oculta la ventana al instante</translation>
    </message>
    <message>
        <source>Locks Holdfast when it is encrypted and hides it at once</source>
        <translation>Bloquea Holdfast si está cifrado y lo oculta al instante</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::MilestoneCard</name>
    <message>
        <source>Next milestone</source>
        <translation>Próximo hito</translation>
    </message>
    <message>
        <source>Progress to the next milestone</source>
        <translation>Progreso hacia el próximo hito</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% of the way</source>
        <translation>%1 % del camino</translation>
    </message>
    <message>
        <source>Your first milestone is one day away once you start.</source>
        <translation>En cuanto empieces, tu primer hito estará a un día.</translation>
    </message>
    <message numerus="yes">
        <source>%n more day(s) to go</source>
        <translation>
            <numerusform>Queda %n día</numerusform>
            <numerusform>Quedan %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You reached %n day(s) without personal contact. Take a quiet moment to notice that.</source>
        <translation>
            <numerusform>Llevas %n día sin contacto personal. Tómate un momento tranquilo para notarlo.</numerusform>
            <numerusform>Llevas %n días sin contacto personal. Tómate un momento tranquilo para notarlo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You reached %n day(s) without contact. Take a quiet moment to notice that.</source>
        <translation>
            <numerusform>Has llegado a %n día sin contacto. Tómate un momento de calma para reconocerlo.</numerusform>
            <numerusform>Has llegado a %n días sin contacto. Tómate un momento de calma para reconocerlo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>holdfast::ui::MoodPicker</name>
    <message>
        <source>Mood: %1 (click again to clear)</source>
        <translation>Ánimo: %1 (vuelve a hacer clic para borrar)</translation>
    </message>
    <message>
        <source>Mood %1 of 5, %2</source>
        <translation>Ánimo %1 de 5, %2</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::OnboardingDialog</name>
    <message>
        <source>Welcome to Holdfast</source>
        <translation>Te damos la bienvenida a Holdfast</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Holdfast helps you keep no contact after a breakup. It counts the time since you last reached out, walks you through the urge when it comes, and shows you week by week that the urges pass.</source>
        <translation>Holdfast te ayuda a mantener el contacto cero después de una ruptura. Cuenta el tiempo desde la última vez que contactaste, te acompaña cuando llega el impulso y te muestra, semana a semana, que los impulsos pasan.</translation>
    </message>
    <message>
        <source>Everything stays on this computer. No account, no internet, nobody else sees it.</source>
        <translation>Todo se queda en este ordenador. Sin cuenta, sin internet, nadie más lo ve.</translation>
    </message>
    <message>
        <source>A few questions help Holdfast fit you. Each one can be skipped, and you can change every answer later.</source>
        <translation>Unas pocas preguntas ayudan a que Holdfast se adapte a ti. Puedes saltarte cualquiera y cambiar todas las respuestas más adelante.</translation>
    </message>
    <message>
        <source>When did the breakup happen?</source>
        <translation>¿Cuándo fue la ruptura?</translation>
    </message>
    <message>
        <source>Holdfast uses it to show how far you have come.</source>
        <translation>Holdfast la usa para mostrarte todo lo que has avanzado.</translation>
    </message>
    <message>
        <source>Breakup date</source>
        <translation>Fecha de la ruptura</translation>
    </message>
    <message>
        <source>&amp;Breakup date:</source>
        <translation>Fecha de la &amp;ruptura:</translation>
    </message>
    <message>
        <source>When did you last reach out to them?</source>
        <translation>¿Cuándo contactaste por última vez?</translation>
    </message>
    <message>
        <source>Your no-contact time counts from here. If you haven&apos;t reached out since the breakup, leave the breakup date.</source>
        <translation>Tu tiempo sin contacto cuenta desde aquí. Si no has contactado desde la ruptura, deja la fecha de la ruptura.</translation>
    </message>
    <message>
        <source>The last time you reached out</source>
        <translation>La última vez que contactaste</translation>
    </message>
    <message>
        <source>&amp;Last time I reached out:</source>
        <translation>Ú&amp;ltimo contacto:</translation>
    </message>
    <message>
        <source>Why did you choose no contact?</source>
        <translation>¿Por qué elegiste el contacto cero?</translation>
    </message>
    <message>
        <source>Write up to three reasons in your own words. Holdfast shows them to you when the urge hits.</source>
        <translation>Escribe hasta tres razones con tus propias palabras. Holdfast te las muestra cuando llega el impulso.</translation>
    </message>
    <message>
        <source>Reason %1</source>
        <translation>Razón %1</translation>
    </message>
    <message>
        <source>A reason, in your own words</source>
        <translation>Una razón, con tus propias palabras</translation>
    </message>
    <message>
        <source>Reason &amp;%1:</source>
        <translation>Razón &amp;%1:</translation>
    </message>
    <message>
        <source>Who can you call instead?</source>
        <translation>¿A quién puedes llamar en su lugar?</translation>
    </message>
    <message>
        <source>One person you trust, for when it gets hard. You can add more later.</source>
        <translation>Una persona de confianza para cuando se ponga difícil. Puedes añadir más después.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>A friend or family member</source>
        <translation>Alguien de tus amistades o tu familia</translation>
    </message>
    <message>
        <source>Phone number or handle</source>
        <translation>Teléfono o usuario</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Phone or handle:</source>
        <translation>&amp;Teléfono o usuario:</translation>
    </message>
    <message>
        <source>You&apos;re set</source>
        <translation>Todo listo</translation>
    </message>
    <message>
        <source>When the urge to reach out comes, press “I want to text my ex” (%1). Holdfast walks you through it.</source>
        <translation>Cuando lleguen las ganas de contactar, pulsa «Quiero escribir a mi ex» (%1). Holdfast te acompaña paso a paso.</translation>
    </message>
    <message>
        <source>You can change everything later: reasons and people under Plan, your dates under Settings.</source>
        <translation>Puedes cambiarlo todo más adelante: razones y personas en Plan, tus fechas en Ajustes.</translation>
    </message>
    <message>
        <source>Skip setup</source>
        <translation>Omitir configuración</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Omitir por ahora</translation>
    </message>
    <message>
        <source>Get started</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Start using Holdfast</source>
        <translation>Empezar a usar Holdfast</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Repite la frase de contraseña</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>Encrypting your data… This takes a moment.</source>
        <translation>Cifrando tus datos… Tardará un momento.</translation>
    </message>
    <message>
        <source>Protect what I &amp;write with a passphrase (optional)</source>
        <translation>&amp;Proteger lo que escribo con una frase de contraseña (opcional)</translation>
    </message>
    <message>
        <source>Holdfast is a self-help tool, not therapy. If you are in crisis, press %1 or “Crisis help” below, at any time, to see where to get help.</source>
        <translation>Holdfast es una herramienta de autoayuda, no terapia. Si estás en crisis, pulsa %1 o «Ayuda en crisis» abajo, en cualquier momento, para ver dónde encontrar ayuda.</translation>
    </message>
    <message>
        <source>If it ever gets too much</source>
        <translation>Si alguna vez es demasiado</translation>
    </message>
    <message>
        <source>Crisis help (%1) shows the emergency number and crisis lines for your country, and the person you named. If you have a line of your own, such as your doctor or a local service, add it here: it is shown beside them, never instead of them.</source>
        <translation>La ayuda en crisis (%1) muestra el número de emergencias y las líneas de crisis de tu país, y a la persona que has indicado. Si tienes un número propio, como tu médico o un servicio cercano, añádelo aquí: se muestra junto a ellos, nunca en su lugar.</translation>
    </message>
    <message>
        <source>Your own crisis line</source>
        <translation>Tu propio número de crisis</translation>
    </message>
    <message>
        <source>A number of your own (optional)</source>
        <translation>Un número propio (opcional)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Your own line:</source>
        <translation>&amp;Tu propio número:</translation>
    </message>
    <message>
        <source>Do you still need to be in touch, for children, work or shared things?</source>
        <translation>¿Todavía necesitas estar en contacto, por hijos, trabajo o cosas compartidas?</translation>
    </message>
    <message>
        <source>Then Holdfast counts days without personal contact. Messages you mark as logistics, like pick-up times, are kept but don&apos;t end your stretch.</source>
        <translation>Entonces Holdfast cuenta los días sin contacto personal. Los mensajes que marques como logística, como horarios de recogida, se guardan pero no terminan tu racha.</translation>
    </message>
    <message>
        <source>&amp;No, I can keep no contact</source>
        <translation>&amp;No, puedo mantener el contacto cero</translation>
    </message>
    <message>
        <source>&amp;Yes, I still need some contact</source>
        <translation>&amp;Sí, todavía necesito algo de contacto</translation>
    </message>
    <message>
        <source>You can change this any time in Settings.</source>
        <translation>Puedes cambiarlo cuando quieras en Ajustes.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PlanPage</name>
    <message>
        <source>Your plan</source>
        <translation>Tu plan</translation>
    </message>
    <message>
        <source>What you decided on a calm day, ready for the hard ones.</source>
        <translation>Lo que decidiste en un día tranquilo, listo para los difíciles.</translation>
    </message>
    <message>
        <source>Plan sections</source>
        <translation>Secciones del plan</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PlanSection</name>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit the selected item (Enter)</source>
        <translation>Editar el elemento seleccionado (Intro)</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove the selected item (Delete)</source>
        <translation>Quitar el elemento seleccionado (Supr)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected item up (%1)</source>
        <translation>Subir el elemento seleccionado (%1)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected item down (%1)</source>
        <translation>Bajar el elemento seleccionado (%1)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Edit the selected item</source>
        <translation>Editar el elemento elegido</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::PrivacyPanel</name>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>Bloquear tras estos minutos sin uso</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Lock after no use for:</source>
        <translation>&amp;Bloquear tras no usarlo durante:</translation>
    </message>
    <message>
        <source>Protect what you write with a passphrase</source>
        <translation>Protege lo que escribes con una frase de contraseña</translation>
    </message>
    <message>
        <source>Your journal, unsent messages, notes, reasons and the names in your plan are then stored encrypted. Holdfast asks for the passphrase each time it starts.</source>
        <translation>Así, tu diario, tus mensajes sin enviar, notas, razones y los nombres de tu plan se guardan cifrados. Holdfast te pide la frase de contraseña cada vez que se inicia.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Repite la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>&amp;Turn on encryption</source>
        <translation>&amp;Activar el cifrado</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Frase de contraseña a&amp;ctual:</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>Re&amp;petir:</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>Ca&amp;mbiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Turn encryption off</source>
        <translation>Desactivar el cifrado</translation>
    </message>
    <message>
        <source>What you wrote is then stored as plain text again, protected only by your account on this computer.</source>
        <translation>Lo que escribiste vuelve a guardarse como texto sin cifrar, protegido solo por tu cuenta de este ordenador.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Turn encryption &amp;off</source>
        <translation>&amp;Desactivar el cifrado</translation>
    </message>
    <message>
        <source>Encryption is on. What you write is stored encrypted and needs your passphrase.</source>
        <translation>El cifrado está activado. Lo que escribes se guarda cifrado y necesita tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Encryption is off. What you write is stored as plain text in your data folder, protected by your account on this computer.</source>
        <translation>El cifrado está desactivado. Lo que escribes se guarda como texto sin cifrar en tu carpeta de datos, protegido por tu cuenta de este ordenador.</translation>
    </message>
    <message>
        <source>Counts time without keyboard or mouse use in Holdfast. %1 locks and hides it at once.</source>
        <translation>Cuenta el tiempo sin usar el teclado ni el ratón en Holdfast. %1 lo bloquea y lo oculta al instante.</translation>
    </message>
    <message>
        <source>Auto-lock needs encryption. %1 still hides Holdfast at once.</source>
        <translation>El bloqueo automático necesita el cifrado. Aun así, %1 oculta Holdfast al instante.</translation>
    </message>
    <message numerus="yes">
        <source>Take a breath. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Respira hondo. Puedes volver a intentarlo en %n segundo.</numerusform>
            <numerusform>Respira hondo. Puedes volver a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>That passphrase did not match. Nothing was changed.</source>
        <translation>Esa frase de contraseña no coincide. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Encrypting your data… This takes a moment.</source>
        <translation>Cifrando tus datos… Tardará un momento.</translation>
    </message>
    <message>
        <source>Encryption is on. From now on Holdfast asks for your passphrase when it starts.</source>
        <translation>El cifrado está activado. A partir de ahora, Holdfast te pedirá la frase de contraseña al iniciarse.</translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>Primero escribe tu frase de contraseña actual.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Cambiando la frase de contraseña…</translation>
    </message>
    <message>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation>La frase de contraseña se ha cambiado. A partir de ahora, usa la nueva.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Primero escribe tu frase de contraseña.</translation>
    </message>
    <message>
        <source>Decrypting your data… This takes a moment.</source>
        <translation>Descifrando tus datos… Tardará un momento.</translation>
    </message>
    <message>
        <source>Encryption is off. Holdfast no longer asks for a passphrase.</source>
        <translation>El cifrado está desactivado. Holdfast ya no te pedirá una frase de contraseña.</translation>
    </message>
    <message>
        <source>&amp;Discreet mode</source>
        <translation>Modo &amp;discreto</translation>
    </message>
    <message>
        <source>The panic button&apos;s label in discreet mode</source>
        <translation>El texto del botón de pánico en el modo discreto</translation>
    </message>
    <message>
        <source>Panic &amp;button label:</source>
        <translation>Texto del &amp;botón de pánico:</translation>
    </message>
    <message>
        <source>Shows “%1” as the name, a plain notebook in the tray, reminders without words about a breakup, and your counter only when you click. %2 still hides everything at once.</source>
        <translation>Muestra «%1» como nombre, un cuaderno sencillo en la bandeja, recordatorios sin palabras sobre una ruptura y tu contador solo cuando haces clic. %2 sigue ocultándolo todo al instante.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ReasonsSection</name>
    <message>
        <source>Reason</source>
        <translation>Razón</translation>
    </message>
    <message>
        <source>In your own words: why no contact?</source>
        <translation>Con tus propias palabras: ¿por qué contacto cero?</translation>
    </message>
    <message>
        <source>%1 adds it</source>
        <translation>%1 la añade</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Razón:</translation>
    </message>
    <message>
        <source>Why you chose no contact, in your own words. Holdfast shows them to you when the urge hits.</source>
        <translation>Por qué elegiste el contacto cero, con tus propias palabras. Holdfast te las muestra cuando llega el impulso.</translation>
    </message>
    <message>
        <source>Write down why you chose no contact, in your own words. You&apos;ll see them when the urge hits.</source>
        <translation>Escribe con tus propias palabras por qué elegiste el contacto cero. Las verás cuando llegue el impulso.</translation>
    </message>
    <message>
        <source>Add a reason</source>
        <translation>Añadir una razón</translation>
    </message>
    <message>
        <source>Edit this reason</source>
        <translation>Editar esta razón</translation>
    </message>
    <message>
        <source>Add reason</source>
        <translation>Añadir razón</translation>
    </message>
    <message>
        <source>Your reasons</source>
        <translation>Tus razones</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Razones</translation>
    </message>
    <message>
        <source>Remove this reason?

“%1”</source>
        <translation>¿Quitar esta razón?

«%1»</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ReplyTemplates</name>
    <message>
        <source>Thanks, 5 pm works.</source>
        <translation>Gracias, a las 17:00 me va bien.</translation>
    </message>
    <message>
        <source>Please send that by email.</source>
        <translation>Por favor, envíamelo por correo.</translation>
    </message>
    <message>
        <source>Noted, thanks.</source>
        <translation>Anotado, gracias.</translation>
    </message>
    <message>
        <source>I&apos;ll check and get back to you tomorrow.</source>
        <translation>Lo miro y te digo algo mañana.</translation>
    </message>
    <message>
        <source>Let&apos;s keep to what we arranged, please.</source>
        <translation>Mantengamos lo que acordamos, por favor.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ReplyTemplatesPanel</name>
    <message>
        <source>Neutral &amp;replies</source>
        <translation>&amp;Respuestas neutras</translation>
    </message>
    <message>
        <source>Copy one and paste it into your message. Holdfast sends nothing. To change a reply, select it and press F2.</source>
        <translation>Copia una y pégala en tu mensaje. Holdfast no envía nada. Para cambiar una respuesta, selecciónala y pulsa F2.</translation>
    </message>
    <message>
        <source>Neutral replies</source>
        <translation>Respuestas neutras</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected reply</source>
        <translation>Copiar la respuesta seleccionada</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add a reply</source>
        <translation>Añadir una respuesta</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected reply</source>
        <translation>Quitar la respuesta seleccionada</translation>
    </message>
    <message>
        <source>Copied: “%1”</source>
        <translation>Copiado: «%1»</translation>
    </message>
    <message>
        <source>New reply</source>
        <translation>Respuesta nueva</translation>
    </message>
    <message>
        <source>Your replies are not saved yet. %1</source>
        <translation>Tus respuestas aún no están guardadas. %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::ReviewPage</name>
    <message>
        <source>Summary of the week</source>
        <translation>Resumen de la semana</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Resumen semanal</translation>
    </message>
    <message>
        <source>Show as &amp;table</source>
        <translation>Ver como &amp;tabla</translation>
    </message>
    <message>
        <source>Show the same figures as tables, for the keyboard and screen readers</source>
        <translation>Mostrar las mismas cifras como tablas, para teclado y lectores de pantalla</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Exportar &amp;PNG…</translation>
    </message>
    <message>
        <source>Save this week&apos;s summary and charts as a picture</source>
        <translation>Guardar el resumen y los gráficos de esta semana como imagen</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <source>Save this week as a one-page PDF report</source>
        <translation>Guardar esta semana como informe PDF de una página</translation>
    </message>
    <message>
        <source>Show the week before</source>
        <translation>Mostrar la semana anterior</translation>
    </message>
    <message>
        <source>Show the current week</source>
        <translation>Mostrar la semana actual</translation>
    </message>
    <message>
        <source>&amp;Next week ›</source>
        <translation>Semana &amp;siguiente ›</translation>
    </message>
    <message>
        <source>Show the week after</source>
        <translation>Mostrar la semana siguiente</translation>
    </message>
    <message>
        <source>Show the week of this date</source>
        <translation>Mostrar la semana de esta fecha</translation>
    </message>
    <message>
        <source>Pick any day to show its week</source>
        <translation>Elige cualquier día para ver su semana</translation>
    </message>
    <message>
        <source>Selected week: %1</source>
        <translation>Semana seleccionada: %1</translation>
    </message>
    <message>
        <source>Show as &amp;charts</source>
        <translation>Ver como &amp;gráficos</translation>
    </message>
    <message>
        <source>Export the week as PDF</source>
        <translation>Exportar la semana como PDF</translation>
    </message>
    <message>
        <source>Export the week as PNG</source>
        <translation>Exportar la semana como PNG</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>‹ P&amp;revious week</source>
        <translation>‹ Semana ante&amp;rior</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Esta se&amp;mana</translation>
    </message>
    <message>
        <source>Contact with them this week: %1 personal, %2 logistics</source>
        <translation>Contacto con esa persona esta semana: %1 personal, %2 logística</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::RiskDatesSection</name>
    <message>
        <source>What day is it</source>
        <translation>Qué día es</translation>
    </message>
    <message>
        <source>Their birthday</source>
        <translation>Su cumpleaños</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Every &amp;year</source>
        <translation>Cada &amp;año</translation>
    </message>
    <message>
        <source>Your plan for that day</source>
        <translation>Tu plan para ese día</translation>
    </message>
    <message>
        <source>Spend the day with Alex, phone on silent</source>
        <translation>Pasar el día con Alex, con el móvil en silencio</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <source>Days you know will be hard: their birthday, your anniversary, holidays. Holdfast shows them on your dashboard the week before, with your plan.</source>
        <translation>Días que sabes que serán difíciles: su cumpleaños, vuestro aniversario, las fiestas. Holdfast te los muestra en el inicio la semana antes, junto con tu plan.</translation>
    </message>
    <message>
        <source>Add the days you know will be hard, and what you will do on them.</source>
        <translation>Añade los días que sabes que serán difíciles y qué harás en ellos.</translation>
    </message>
    <message>
        <source>Add a hard day</source>
        <translation>Añadir un día difícil</translation>
    </message>
    <message>
        <source>Edit this day</source>
        <translation>Editar este día</translation>
    </message>
    <message>
        <source>Add date</source>
        <translation>Añadir fecha</translation>
    </message>
    <message>
        <source>Your risk dates</source>
        <translation>Tus fechas difíciles</translation>
    </message>
    <message>
        <source>Risk dates</source>
        <translation>Fechas difíciles</translation>
    </message>
    <message>
        <source>%1 · every year, next on %2</source>
        <translation>%1 · cada año, la próxima el %2</translation>
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
        <translation>¿Quitar «%1» de tus fechas difíciles?</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Your dates</source>
        <translation>Tus fechas</translation>
    </message>
    <message>
        <source>Urges and help</source>
        <translation>Impulsos y ayuda</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>&amp;Morning reminder at:</source>
        <translation>&amp;Recordatorio matutino a las:</translation>
    </message>
    <message>
        <source>A quiet notification in the morning to check in. Untick to turn it off.</source>
        <translation>Un aviso discreto por la mañana para hacer tu registro. Desmárcalo para desactivarlo.</translation>
    </message>
    <message>
        <source>Morning reminder time</source>
        <translation>Hora del recordatorio matutino</translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation>La semana empieza el</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <source>&amp;Week starts on:</source>
        <translation>La &amp;semana empieza el:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language is used the next time you start Holdfast.</source>
        <translation>El nuevo idioma se usará la próxima vez que abras Holdfast.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>&amp;Breakup date:</source>
        <translation>Fecha de la &amp;ruptura:</translation>
    </message>
    <message>
        <source>Untick if you&apos;d rather not keep this date.</source>
        <translation>Desmárcalo si prefieres no guardar esta fecha.</translation>
    </message>
    <message>
        <source>Breakup date</source>
        <translation>Fecha de la ruptura</translation>
    </message>
    <message>
        <source>&amp;Last time I reached out:</source>
        <translation>Ú&amp;ltimo contacto:</translation>
    </message>
    <message>
        <source>The last time you reached out</source>
        <translation>La última vez que contactaste</translation>
    </message>
    <message>
        <source>Urge timer in minutes</source>
        <translation>Temporizador en minutos</translation>
    </message>
    <message>
        <source>Urge &amp;timer (minutes):</source>
        <translation>&amp;Temporizador (minutos):</translation>
    </message>
    <message>
        <source>Urges rise, peak and fall. The timer gives yours the time to pass.</source>
        <translation>Los impulsos suben, llegan al máximo y bajan. El temporizador les da a los tuyos el tiempo para pasar.</translation>
    </message>
    <message>
        <source>When they contact me, it only &amp;restarts my count if I replied</source>
        <translation>Si mi ex me contacta, mi cuenta solo se &amp;reinicia si respondí</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Copias que conservar</translation>
    </message>
    <message>
        <source>&amp;Backups to keep:</source>
        <translation>&amp;Copias que conservar:</translation>
    </message>
    <message>
        <source>Holdfast makes a backup of your data once a day and keeps the newest ones.</source>
        <translation>Holdfast hace una copia de tus datos una vez al día y conserva las más recientes.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Abrir carpeta</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <source>Everything you write stays in this folder on this computer.</source>
        <translation>Todo lo que escribes se queda en esta carpeta, en este ordenador.</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>If you reached out again, that&apos;s okay: set the time here and start over from there. Your no-contact time counts from the last time you reached out.</source>
        <translation>Si volviste a contactar, no pasa nada: indica aquí el momento y empieza de nuevo desde ahí. Tu tiempo sin contacto cuenta desde la última vez que contactaste.</translation>
    </message>
    <message>
        <source>&amp;Country for crisis lines:</source>
        <translation>&amp;País de las líneas de crisis:</translation>
    </message>
    <message>
        <source>Crisis help (%1) shows this country&apos;s emergency number and crisis lines, or a directory of crisis lines for any other country.</source>
        <translation>La ayuda en crisis (%1) muestra el número de emergencias y las líneas de crisis de este país, o un directorio de líneas de crisis para cualquier otro.</translation>
    </message>
    <message>
        <source>&amp;Your own crisis line:</source>
        <translation>&amp;Tu propio número de crisis:</translation>
    </message>
    <message>
        <source>Your own crisis line</source>
        <translation>Tu propio número de crisis</translation>
    </message>
    <message>
        <source>A number of your own: your doctor, a therapist, a local service</source>
        <translation>Un número propio: tu médico, tu terapeuta, un servicio cercano</translation>
    </message>
    <message>
        <source>Shown on the crisis card beside the emergency number, never instead of it.</source>
        <translation>Aparece en la ayuda en crisis junto al número de emergencias, nunca en su lugar.</translation>
    </message>
    <message>
        <source>Parts of the settings</source>
        <translation>Secciones de los ajustes</translation>
    </message>
    <message>
        <source>L&amp;ow-contact mode: I still need to be in touch</source>
        <translation>Modo de &amp;poco contacto: todavía necesito estar en contacto</translation>
    </message>
    <message>
        <source>For children, work or shared things. The counter then counts days without personal contact; messages you log as logistics don&apos;t end your stretch.</source>
        <translation>Por hijos, trabajo o cosas compartidas. El contador cuenta entonces los días sin contacto personal; los mensajes que registres como logística no terminan tu racha.</translation>
    </message>
    <message>
        <source>&amp;Evening look back</source>
        <translation>Repaso de la &amp;noche</translation>
    </message>
    <message>
        <source>One minute before bed: how hard today was, one thing that helped and one line for tomorrow. You see it again the next morning and in your review.</source>
        <translation>Un minuto antes de dormir: cuánto costó el día, una cosa que ayudó y una línea para mañana. Lo vuelves a ver a la mañana siguiente y en tu resumen.</translation>
    </message>
    <message>
        <source>Evening look back reminder time</source>
        <translation>Hora del recordatorio del repaso de la noche</translation>
    </message>
    <message>
        <source>Evening &amp;reminder at:</source>
        <translation>Rec&amp;ordatorio nocturno a las:</translation>
    </message>
    <message>
        <source>A quiet notification in the evening to look back on the day. Untick to turn it off.</source>
        <translation>Un aviso discreto por la noche para repasar el día. Desmárcalo para desactivarlo.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::SupportPeopleSection</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>A friend or family member</source>
        <translation>Alguien de tus amistades o tu familia</translation>
    </message>
    <message>
        <source>Phone number or handle</source>
        <translation>Teléfono o usuario</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Optional: when to call, what helps</source>
        <translation>Opcional: cuándo llamar, qué ayuda</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Phone or handle:</source>
        <translation>&amp;Teléfono o usuario:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>People you can call or text instead. When the urge comes, Holdfast suggests one of them.</source>
        <translation>Personas a las que puedes llamar o escribir en su lugar. Cuando llega el impulso, Holdfast te sugiere una.</translation>
    </message>
    <message>
        <source>Add someone you trust: a friend or family member you can reach when it gets hard.</source>
        <translation>Añade a alguien de confianza: una amistad o alguien de tu familia a quien puedas acudir cuando se ponga difícil.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Añadir una persona</translation>
    </message>
    <message>
        <source>Edit this person</source>
        <translation>Editar esta persona</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <source>Your support people</source>
        <translation>Tus personas de apoyo</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>name · phone number</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Remove %1 from your support people?</source>
        <translation>¿Quitar a %1 de tus personas de apoyo?</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::TrayIcon</name>
    <message>
        <source>I want to text my ex</source>
        <translation>Quiero escribir a mi ex</translation>
    </message>
    <message>
        <source>Morning check-in</source>
        <translation>Registro de la mañana</translation>
    </message>
    <message>
        <source>Open Holdfast</source>
        <translation>Abrir Holdfast</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Holdfast</source>
        <translation>Holdfast</translation>
    </message>
    <message>
        <source>Good morning</source>
        <translation>Buenos días</translation>
    </message>
    <message>
        <source>How did you sleep? Your morning check-in takes a minute.</source>
        <translation>¿Cómo has dormido? Tu registro de la mañana lleva un minuto.</translation>
    </message>
    <message>
        <source>Crisis help</source>
        <translation>Ayuda en crisis</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Evening look back</source>
        <translation>Repaso de la noche</translation>
    </message>
    <message>
        <source>Good evening</source>
        <translation>Buenas noches</translation>
    </message>
    <message>
        <source>How was today? A minute to look back before you sleep.</source>
        <translation>¿Cómo fue hoy? Un minuto para repasarlo antes de dormir.</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::UnlockDialog</name>
    <message>
        <source>Unlock Holdfast</source>
        <translation>Desbloquear Holdfast</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
</context>
<context>
    <name>holdfast::ui::UnsentMessagesView</name>
    <message>
        <source>New unsent message</source>
        <translation>Nuevo mensaje sin enviar</translation>
    </message>
    <message>
        <source>Write to them here instead of sending it. It is never sent.</source>
        <translation>Escríbele aquí en lugar de enviarlo. Nunca se envía.</translation>
    </message>
    <message>
        <source>Unsent messages</source>
        <translation>Mensajes sin enviar</translation>
    </message>
    <message>
        <source>When you want to tell them something, you can write it here instead. Nothing in this folder is ever sent.</source>
        <translation>Cuando quieras decirle algo, puedes escribirlo aquí en su lugar. Nada de esta carpeta se envía nunca.</translation>
    </message>
    <message>
        <source>Delete message…</source>
        <translation>Eliminar mensaje…</translation>
    </message>
    <message>
        <source>Deletes this unsent message after asking you</source>
        <translation>Elimina este mensaje sin enviar después de preguntarte</translation>
    </message>
    <message>
        <source>Unsent message</source>
        <translation>Mensaje sin enviar</translation>
    </message>
    <message>
        <source>Write what you would like to tell them, or ask them. Say it all; they will never see it.</source>
        <translation>Escribe lo que te gustaría decirle o preguntarle. Dilo todo; nunca lo verá.</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>This stays here. It is never sent to anyone.</source>
        <translation>Esto se queda aquí. Nunca se envía a nadie.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>You wrote this yesterday. Reading it again with today&apos;s eyes can show how far you have come.</source>
        <translation>Escribiste esto ayer. Releerlo con los ojos de hoy puede mostrarte todo lo que has avanzado.</translation>
    </message>
    <message numerus="yes">
        <source>You wrote this %n days ago. It was never sent.</source>
        <translation>
            <numerusform>Escribiste esto hace %n día. Nunca se envió.</numerusform>
            <numerusform>Escribiste esto hace %n días. Nunca se envió.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete message</source>
        <translation>Eliminar mensaje</translation>
    </message>
    <message>
        <source>Delete this unsent message? It cannot be brought back.</source>
        <translation>¿Eliminar este mensaje sin enviar? No se podrá recuperar.</translation>
    </message>
    <message>
        <source>(no words yet)</source>
        <translation>(aún sin palabras)</translation>
    </message>
    <message>
        <source>From an urge</source>
        <translation>De un impulso</translation>
    </message>
    <message>
        <source>Reread</source>
        <translation>Releer</translation>
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
        <translation>Deja pasar el impulso</translation>
    </message>
    <message>
        <source>Saving problem</source>
        <translation>Problema al guardar</translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation>Reintenta&amp;r</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Volver al paso anterior</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Omitir</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Omitir este paso</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Go straight to the last step</source>
        <translation>Ir directamente al último paso</translation>
    </message>
    <message>
        <source>Crisis &amp;help</source>
        <translation>A&amp;yuda en crisis</translation>
    </message>
    <message>
        <source>Crisis help</source>
        <translation>Ayuda en crisis</translation>
    </message>
    <message>
        <source>Shows where to get help right away</source>
        <translation>Muestra dónde encontrar ayuda ahora mismo</translation>
    </message>
    <message>
        <source>How strong is it</source>
        <translation>Cuánta fuerza tiene</translation>
    </message>
    <message>
        <source>How strong is the urge right now?</source>
        <translation>¿Con qué fuerza lo sientes ahora?</translation>
    </message>
    <message>
        <source>Urge intensity from 0 to 10</source>
        <translation>Intensidad del impulso de 0 a 10</translation>
    </message>
    <message>
        <source>What set it off</source>
        <translation>Qué lo ha provocado</translation>
    </message>
    <message>
        <source>What set it off? Tick any that fit.</source>
        <translation>¿Qué lo ha provocado? Marca lo que encaje.</translation>
    </message>
    <message>
        <source>Other…</source>
        <translation>Otra cosa…</translation>
    </message>
    <message>
        <source>Something else that set it off</source>
        <translation>Otra cosa que lo ha provocado</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>Con tus propias palabras</translation>
    </message>
    <message>
        <source>HALT check</source>
        <translation>Chequeo rápido</translation>
    </message>
    <message>
        <source>Are you…</source>
        <translation>Ahora mismo sientes…</translation>
    </message>
    <message>
        <source>Hungry</source>
        <translation>Hambre</translation>
    </message>
    <message>
        <source>Angry</source>
        <translation>Enfado</translation>
    </message>
    <message>
        <source>Lonely</source>
        <translation>Soledad</translation>
    </message>
    <message>
        <source>Tired</source>
        <translation>Cansancio</translation>
    </message>
    <message>
        <source>Hunger, anger, loneliness and tiredness make every urge louder. If one fits, looking after it first can take the edge off.</source>
        <translation>El hambre, el enfado, la soledad y el cansancio hacen más fuerte cada impulso. Si alguno encaja, atenderlo primero puede quitarle intensidad.</translation>
    </message>
    <message>
        <source>Do one thing</source>
        <translation>Haz una cosa</translation>
    </message>
    <message>
        <source>Pick one small thing and do it now. Action first; the thinking can wait.</source>
        <translation>Elige una cosa pequeña y hazla ahora. Primero actuar; pensar puede esperar.</translation>
    </message>
    <message>
        <source>Your plan for this</source>
        <translation>Tu plan para esto</translation>
    </message>
    <message>
        <source>Someone on your side</source>
        <translation>Alguien de tu lado</translation>
    </message>
    <message>
        <source>&amp;Copy number</source>
        <translation>&amp;Copiar número</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Or someone else:</source>
        <translation>O a otra persona:</translation>
    </message>
    <message>
        <source>Your support people</source>
        <translation>Tus personas de apoyo</translation>
    </message>
    <message>
        <source>Press Enter to choose the selected person</source>
        <translation>Pulsa Intro para elegir a la persona seleccionada</translation>
    </message>
    <message>
        <source>No one on your list yet. When this wave has passed, add a friend or two under Plan, so they are here next time.</source>
        <translation>Aún no hay nadie en tu lista. Cuando pase esta ola, añade a una o dos personas amigas en Plan, para tenerlas aquí la próxima vez.</translation>
    </message>
    <message>
        <source>Something to do</source>
        <translation>Algo que hacer</translation>
    </message>
    <message>
        <source>Or get busy</source>
        <translation>O mantente en movimiento</translation>
    </message>
    <message>
        <source>Your activities</source>
        <translation>Tus actividades</translation>
    </message>
    <message>
        <source>Press Enter to choose the selected activity</source>
        <translation>Pulsa Intro para elegir la actividad seleccionada</translation>
    </message>
    <message>
        <source>I&apos;ll do this</source>
        <translation>Voy a hacer esto</translation>
    </message>
    <message>
        <source>Do the selected activity</source>
        <translation>Hacer la actividad seleccionada</translation>
    </message>
    <message>
        <source>No activities yet. For now: stand up, drink a glass of water, step outside for a minute. You can add your own under Plan later.</source>
        <translation>Aún no hay actividades. Por ahora: levántate, bebe un vaso de agua, sal un minuto a la calle. Luego puedes añadir las tuyas en Plan.</translation>
    </message>
    <message>
        <source>Wait it out</source>
        <translation>Espera a que pase</translation>
    </message>
    <message>
        <source>Urges rise, peak and pass. Breathe with the circle and let the minutes do their work.</source>
        <translation>Los impulsos suben, llegan al máximo y pasan. Respira con el círculo y deja que los minutos hagan su trabajo.</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n minute(s)</source>
        <translation>
            <numerusform>Añadir %n &amp;minuto</numerusform>
            <numerusform>Añadir %n &amp;minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>A reminder</source>
        <translation>Un recordatorio</translation>
    </message>
    <message>
        <source>How strong is it now</source>
        <translation>Cuánta fuerza tiene ahora</translation>
    </message>
    <message>
        <source>How strong is it now?</source>
        <translation>¿Cuánta fuerza tiene ahora?</translation>
    </message>
    <message>
        <source>Urge intensity now, from 0 to 10</source>
        <translation>Intensidad del impulso ahora, de 0 a 10</translation>
    </message>
    <message>
        <source>What do you want to tell them?</source>
        <translation>¿Qué le quieres decir?</translation>
    </message>
    <message>
        <source>Write it here. It stays here — it is never sent.</source>
        <translation>Escríbelo aquí. Se queda aquí: nunca se envía.</translation>
    </message>
    <message>
        <source>Your unsent message</source>
        <translation>Tu mensaje sin enviar</translation>
    </message>
    <message>
        <source>Never sent. Kept in your journal&apos;s unsent folder.</source>
        <translation>Nunca se envía. Se guarda en la carpeta de no enviados de tu diario.</translation>
    </message>
    <message>
        <source>Say everything you want to say.</source>
        <translation>Di todo lo que quieras decir.</translation>
    </message>
    <message>
        <source>It goes to the unsent folder in your journal, where only you can read it. Tomorrow you may see it differently.</source>
        <translation>Va a la carpeta de no enviados de tu diario, donde solo tú puedes leerlo. Mañana quizá lo veas de otra manera.</translation>
    </message>
    <message>
        <source>I didn&apos;t reach out</source>
        <translation>No he contactado</translation>
    </message>
    <message>
        <source>How strong is it now? (optional)</source>
        <translation>¿Cuánta fuerza tiene ahora? (opcional)</translation>
    </message>
    <message>
        <source>Urge intensity at the end, from 0 to 10</source>
        <translation>Intensidad del impulso al final, de 0 a 10</translation>
    </message>
    <message>
        <source>Finish: you rode out the urge</source>
        <translation>Terminar: has dejado pasar el impulso</translation>
    </message>
    <message>
        <source>Something else happened</source>
        <translation>Ha pasado otra cosa</translation>
    </message>
    <message>
        <source>If you did reach out, or they did, that&apos;s okay. Saying so helps you see what set it off.</source>
        <translation>Si has contactado, o lo ha hecho tu ex, no pasa nada. Decirlo te ayuda a ver qué lo provocó.</translation>
    </message>
    <message>
        <source>I &amp;reached out</source>
        <translation>&amp;He contactado</translation>
    </message>
    <message>
        <source>&amp;They contacted me</source>
        <translation>Me ha con&amp;tactado</translation>
    </message>
    <message>
        <source>Did you reply?</source>
        <translation>¿Has respondido?</translation>
    </message>
    <message>
        <source>No, I didn&apos;t reply</source>
        <translation>No, no he respondido</translation>
    </message>
    <message>
        <source>Yes, I replied</source>
        <translation>Sí, he respondido</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>What happened (optional)</source>
        <translation>Qué ha pasado (opcional)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Thank you for pausing.</source>
        <translation>Gracias por hacer una pausa.</translation>
    </message>
    <message>
        <source>Come back whenever you need to.</source>
        <translation>Vuelve siempre que lo necesites.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left</source>
        <translation>
            <numerusform>Queda %n minuto</numerusform>
            <numerusform>Quedan %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Stay with it. You don&apos;t have to do anything else right now.</source>
        <translation>Quédate aquí un rato. Ahora no tienes que hacer nada más.</translation>
    </message>
    <message>
        <source>The timer is done. Notice how the urge feels now.</source>
        <translation>El temporizador ha terminado. Fíjate en cómo sientes el impulso ahora.</translation>
    </message>
    <message>
        <source>You wrote: “%1”</source>
        <translation>Escribiste: «%1»</translation>
    </message>
    <message>
        <source>Remember</source>
        <translation>Recuerda</translation>
    </message>
    <message>
        <source>Your plan for “%1”: %2</source>
        <translation>Tu plan para «%1»: %2</translation>
    </message>
    <message>
        <source>%1 (suggested)</source>
        <translation>%1 (sugerencia)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy %1&apos;s contact</source>
        <translation>Copiar el contacto de %1</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Llamar a %1</translation>
    </message>
    <message>
        <source>Send %1 a text message</source>
        <translation>Enviar un SMS a %1</translation>
    </message>
    <message>
        <source>Number copied. Paste it into your phone or messenger.</source>
        <translation>Número copiado. Pégalo en tu móvil o en tu app de mensajes.</translation>
    </message>
    <message>
        <source>This computer has no app for that. The number is copied, so you can use your phone.</source>
        <translation>Este ordenador no tiene ninguna app para eso. El número está copiado, así que puedes usar tu móvil.</translation>
    </message>
    <message>
        <source>Your one thing: %1.</source>
        <translation>Lo que vas a hacer: %1.</translation>
    </message>
    <message>
        <source>They reached out to you.</source>
        <translation>Tu ex se ha puesto en contacto contigo.</translation>
    </message>
    <message>
        <source>If you like, note what happened. It helps you see what set it off next time.</source>
        <translation>Si quieres, anota qué ha pasado. La próxima vez te ayudará a ver qué lo provocó.</translation>
    </message>
    <message>
        <source>Did you reply? Either answer is okay.</source>
        <translation>¿Has respondido? Las dos respuestas están bien.</translation>
    </message>
    <message>
        <source>How did you reach out?</source>
        <translation>¿Cómo contactaste?</translation>
    </message>
    <message>
        <source>How did they reach out?</source>
        <translation>¿Cómo te contactó?</translation>
    </message>
    <message>
        <source>What happened? (optional)</source>
        <translation>¿Qué ha pasado? (opcional)</translation>
    </message>
    <message>
        <source>Anything to remember about it? (optional)</source>
        <translation>¿Algo que quieras recordar? (opcional)</translation>
    </message>
    <message>
        <source>Save: I reached out</source>
        <translation>Guardar: he contactado</translation>
    </message>
    <message>
        <source>Save: they contacted me</source>
        <translation>Guardar: me ha contactado</translation>
    </message>
    <message>
        <source>This is not saved yet. Try again, or close once more to leave without saving it.</source>
        <translation>Esto aún no se ha guardado. Vuelve a intentarlo o cierra otra vez para salir sin guardar.</translation>
    </message>
    <message>
        <source>Opening an app for that. The number is copied too, in case nothing opens.</source>
        <translation>Se abrirá una aplicación para ello. El número también se ha copiado, por si no se abre nada.</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Your people, activities and plans are locked with your passphrase. Unlock to see them, or go on: the next steps work without it.</source>
        <translation>Tus personas de apoyo, actividades y planes están bloqueados con tu frase de contraseña. Desbloquea para verlos, o sigue: los próximos pasos funcionan sin ella.</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>Des&amp;bloquear…</translation>
    </message>
    <message>
        <source>Unlock to see your people, activities and plans.</source>
        <translation>Desbloquea para ver tus personas de apoyo, actividades y planes.</translation>
    </message>
    <message>
        <source>&amp;Unlock to save…</source>
        <translation>Des&amp;bloquear para guardar…</translation>
    </message>
    <message>
        <source>Unlock to save what you entered. It stays here until then.</source>
        <translation>Desbloquea para guardar lo que escribiste. Hasta entonces, se queda aquí.</translation>
    </message>
    <message>
        <source>Your message is stored encrypted. Unlock to keep it; until then it stays here.</source>
        <translation>Tu mensaje se guarda cifrado. Desbloquea para conservarlo; hasta entonces, se queda aquí.</translation>
    </message>
    <message>
        <source>What you wrote is stored encrypted. Unlock to keep it; until then it stays here.</source>
        <translation>Lo que escribiste se guarda cifrado. Desbloquea para conservarlo; hasta entonces, se queda aquí.</translation>
    </message>
    <message>
        <source>Go to the &amp;end</source>
        <translation>Ir al &amp;final</translation>
    </message>
    <message>
        <source>Go to the end</source>
        <translation>Ir al final</translation>
    </message>
    <message>
        <source>You want to reach out. That feeling is real, and it will pass. Let&apos;s ride it out together.</source>
        <translation>Quieres escribirle. Lo que sientes es real, y pasará. Vamos a dejarlo pasar juntos.</translation>
    </message>
    <message>
        <source>Call or message someone on your side</source>
        <translation>Llama o escribe a alguien que esté de tu lado</translation>
    </message>
    <message>
        <source>How did it go?</source>
        <translation>¿Cómo ha ido?</translation>
    </message>
    <message>
        <source>Whatever happened, you can say so here. There is no wrong answer.</source>
        <translation>Haya pasado lo que haya pasado, puedes decirlo aquí. No hay respuestas equivocadas.</translation>
    </message>
    <message>
        <source>This one is strong</source>
        <translation>Esta ola es fuerte</translation>
    </message>
    <message>
        <source>This one is strong. Take a breath and read this first.</source>
        <translation>Esta ola es fuerte. Respira hondo y lee esto primero.</translation>
    </message>
    <message>
        <source>What you wrote when you chose no contact:</source>
        <translation>Lo que escribiste cuando elegiste el contacto cero:</translation>
    </message>
    <message>
        <source>What reaching out often brings:</source>
        <translation>Lo que suele traer escribirle:</translation>
    </message>
    <message>
        <source>They know how to reach you. Whether they ever do is up to them; what you do now is up to you.</source>
        <translation>Sabe cómo encontrarte. Si alguna vez lo hace depende de esa persona; lo que hagas ahora depende de ti.</translation>
    </message>
    <message>
        <source>• %1</source>
        <comment>a point in a list</comment>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Your one thing: call or message %1.</source>
        <translation>Lo que vas a hacer: llamar o escribir a %1.</translation>
    </message>
    <message>
        <source>That&apos;s okay. You can start again from here.</source>
        <translation>No pasa nada. Puedes volver a empezar desde aquí.</translation>
    </message>
    <message>
        <source>Copied. Paste it into the app where you usually chat.</source>
        <translation>Copiado. Pégalo en la app donde soléis hablar.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>the closing message, then its detail</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>It came to contact with them too</source>
        <translation>También hubo contacto con tu ex</translation>
    </message>
    <message>
        <source>Contact starts your no-contact counter again</source>
        <translation>El contacto reinicia tu contador</translation>
    </message>
    <message>
        <source>How were you in touch?</source>
        <translation>¿Cómo fue el contacto?</translation>
    </message>
    <message>
        <source>I didn&apos;t look</source>
        <translation>No he mirado</translation>
    </message>
    <message>
        <source>I &amp;looked</source>
        <translation>&amp;He mirado</translation>
    </message>
    <message>
        <source>I didn&apos;t go</source>
        <translation>No he ido</translation>
    </message>
    <message>
        <source>I &amp;went</source>
        <translation>&amp;He ido</translation>
    </message>
    <message>
        <source>I let it pass</source>
        <translation>Lo he dejado pasar</translation>
    </message>
    <message>
        <source>I &amp;did it</source>
        <translation>Lo &amp;he hecho</translation>
    </message>
    <message>
        <source>If it went another way, or they reached out, that&apos;s okay. Saying so helps you see what set it off.</source>
        <translation>Si fue de otra manera, o tu ex te contactó, no pasa nada. Decirlo te ayuda a ver qué lo provocó.</translation>
    </message>
    <message>
        <source>That&apos;s okay. Looking is not contact, and your counter keeps running.</source>
        <translation>No pasa nada. Mirar no es contacto, y tu contador sigue en marcha.</translation>
    </message>
    <message>
        <source>That&apos;s okay. Going there is not contact, and your counter keeps running.</source>
        <translation>No pasa nada. Ir allí no es contacto, y tu contador sigue en marcha.</translation>
    </message>
    <message>
        <source>That&apos;s okay. Unless it came to contact, your counter keeps running.</source>
        <translation>No pasa nada. Si no hubo contacto, tu contador sigue en marcha.</translation>
    </message>
    <message>
        <source>Save: I looked</source>
        <translation>Guardar: he mirado</translation>
    </message>
    <message>
        <source>Save: I went</source>
        <translation>Guardar: he ido</translation>
    </message>
    <message>
        <source>Save: I did it</source>
        <translation>Guardar: lo he hecho</translation>
    </message>
    <message>
        <source>What the pull is</source>
        <translation>Hacia dónde te lleva</translation>
    </message>
    <message>
        <source>What does the urge want you to do?</source>
        <translation>¿Qué quiere el impulso que hagas?</translation>
    </message>
    <message>
        <source>You want to look at them: their profile, their photos, the old chat. That pull is real, and it will pass. Let&apos;s ride it out together.</source>
        <translation>Quieres mirar a tu ex: su perfil, sus fotos, el chat de antes. Esa atracción es real, y pasará. Vamos a dejarla pasar juntos.</translation>
    </message>
    <message>
        <source>You want to go where they might be. That pull is real, and it will pass. Let&apos;s ride it out together.</source>
        <translation>Quieres ir adonde podría estar tu ex. Esa atracción es real, y pasará. Vamos a dejarla pasar juntos.</translation>
    </message>
    <message>
        <source>Something is pulling you toward them. That feeling is real, and it will pass. Let&apos;s ride it out together.</source>
        <translation>Algo te empuja hacia tu ex. Lo que sientes es real, y pasará. Vamos a dejarlo pasar juntos.</translation>
    </message>
    <message>
        <source>What are you hoping to find?</source>
        <translation>¿Qué esperas encontrar?</translation>
    </message>
    <message>
        <source>Write it here instead of looking, or write what you would want them to know. It stays here — it is never sent.</source>
        <translation>Escríbelo aquí en lugar de mirar, o escribe lo que querrías que supiera. Se queda aquí: nunca se envía.</translation>
    </message>
    <message>
        <source>What you hope to see, or what you would tell them.</source>
        <translation>Lo que esperas ver, o lo que le dirías.</translation>
    </message>
    <message>
        <source>What do you hope would happen there?</source>
        <translation>¿Qué esperas que pasara allí?</translation>
    </message>
    <message>
        <source>Write it here instead of going, or write what you would want them to know. It stays here — it is never sent.</source>
        <translation>Escríbelo aquí en lugar de ir, o escribe lo que querrías que supiera. Se queda aquí: nunca se envía.</translation>
    </message>
    <message>
        <source>What you hope for, or what you would tell them.</source>
        <translation>Lo que esperas, o lo que le dirías.</translation>
    </message>
    <message>
        <source>What would you want them to know?</source>
        <translation>¿Qué querrías que supiera?</translation>
    </message>
    <message>
        <source>Neutral re&amp;plies…</source>
        <translation>Res&amp;puestas neutras…</translation>
    </message>
    <message>
        <source>Short, neutral replies to copy</source>
        <translation>Respuestas breves y neutras para copiar</translation>
    </message>
    <message>
        <source>What was it about?</source>
        <translation>¿De qué se trataba?</translation>
    </message>
    <message>
        <source>&amp;Logistics only</source>
        <translation>Solo &amp;logística</translation>
    </message>
    <message>
        <source>It &amp;went past logistics</source>
        <translation>&amp;Fue más allá de la logística</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Data folder: %1</source>
        <translation>Carpeta de datos: %1</translation>
    </message>
    <message>
        <source>Holdfast</source>
        <translation>Holdfast</translation>
    </message>
    <message>
        <source>Restore the latest backup (%1)? The damaged file is kept in the backups folder.</source>
        <translation>¿Restaurar la última copia de seguridad (%1)? El archivo dañado se conserva en la carpeta de copias.</translation>
    </message>
    <message>
        <source>Earlier copies of your data are kept in %1. No new backup is taken while the file is damaged, so those copies stay as they are.</source>
        <translation>Las copias anteriores de tus datos están en %1. Mientras el archivo esté dañado no se hace ninguna copia nueva, así que esas copias se quedan como están.</translation>
    </message>
    <message>
        <source>Earlier copies of your data are kept in its backups folder. Close Holdfast and open it again to restore the latest one.</source>
        <translation>Las copias anteriores de tus datos están en la carpeta de copias de esa carpeta de datos. Cierra Holdfast y vuelve a abrirlo para restaurar la más reciente.</translation>
    </message>
    <message>
        <source>Holdfast could not open your data, so nothing you do now is kept. The urge steps and crisis help work as always.</source>
        <translation>Holdfast no ha podido abrir tus datos, así que nada de lo que hagas ahora se guardará. Los pasos para dejar pasar el impulso y la ayuda en crisis funcionan como siempre.</translation>
    </message>
    <message>
        <source>Holdfast is open but could not open this data. Close it, then try again.</source>
        <translation>Holdfast está abierto, pero no ha podido abrir estos datos. Ciérralo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Holdfast has a dialog open. Finish or close it, then try again.</source>
        <translation>Holdfast tiene un diálogo abierto. Termínalo o ciérralo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Holdfast is locked. Unlock it in its window, then try again.</source>
        <translation>Holdfast está bloqueado. Desbloquéalo en su ventana y vuelve a intentarlo.</translation>
    </message>
</context>
</TS>
