// Qt's own texts for the standard dialog buttons the application's dialogs show (OK, Cancel,
// Close: QDialogButtonBox and QMessageBox take them from QPlatformTheme::standardButtonText()).
// Qt translates them through the context "QPlatformTheme" from its qtbase_<language>.qm, and Qt
// 6.4 ships no qtbase_vi.qm, so in Vietnamese they stayed English. Listing them here with
// QT_TRANSLATE_NOOP makes lupdate put them into our own .ts files under Qt's context, and our
// translator, installed like Qt's, answers Qt's lookups. The source texts are exactly Qt 6.4's
// (qplatformtheme.cpp, QPlatformTheme::defaultStandardButtonText): "OK" has no accelerator
// there. Add a button's text here when a dialog starts to use another standard button.
#include <QtGlobal>

[[maybe_unused]] static const char *const qtStandardButtonTexts[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
};
