// RegistryDialog: the schema registry of a connection (address, login, certificates, timeout),
// with a test that asks the registry for its subjects and says what it answered, and the local
// schema files for topics without a registry (a topic pattern, a file, a Protobuf message).
#pragma once

#include "registrysettings.h"

#include <QDialog>

#include <memory>

class SchemaRegistry;
namespace Ui {
class RegistryDialog;
}

class RegistryDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit RegistryDialog(const RegistrySettings &settings, QWidget *parent = nullptr);
    ~RegistryDialog() override;

    // The settings as the dialog shows them (the address and files trimmed).
    RegistrySettings settings() const;

    // Refuses settings that cannot work (the reason shows in the dialog).
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void test();
    void showResult(bool ok, const QString &text);
    // A warning when a password would travel unencrypted to another machine.
    void updateWarning();
    void addLocalSchemaRow(const LocalSchema &schema);
    // A file dialog for a schema file; its row's pattern starts as * for the user to edit.
    void chooseLocalSchema();
    void removeLocalSchemas();
    void updateLocalButtons();
    // Puts the focus where accept() found a problem: the refused local schema, else the address.
    void focusProblem();

    std::unique_ptr<Ui::RegistryDialog> m_ui;
    // The registry being tested (replaced by the next test; its answer to an older one is
    // ignored).
    std::unique_ptr<SchemaRegistry> m_tested;
    int m_testRequest = -1;
};
