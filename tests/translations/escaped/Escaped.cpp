// Not compiled: the mistakes tests/translations/CheckExtraction.cpp exists to
// find, one per kind (translations_scanner_finds_escaped_strings counts them).
// Mentions in comments are ignored: tr(name), QCoreApplication::translate(context, "x").

void escaped(QWidget *window, QLabel *label, const char *context, const char *text)
{
    label->setText(QCoreApplication::translate(context, "The disk is full."));   // 1: context is a variable
    label->setText(QCoreApplication::translate("Escaped", text));                // 2: text is a variable
    label->setText(QObject::tr(text));                                           // 3: tr() of a variable
    label->setText(QStringLiteral("Saved now."));                                // 4: no tr()
    window->setWindowTitle(u"Crisis help"_s);                                    // 5: no tr()
    auto *button = new QPushButton(QStringLiteral("Close"), window);             // 6: no tr()
    QMessageBox::warning(window, QStringLiteral("Oops"), QString());             // 7: no tr()
    label->setText(QStringLiteral("%1:%2")); // fine: no words
    label->setText(QStringLiteral("Holdfast")); // not translated: a name
    label->setText(QObject::tr("Saved now."));   // fine
}
