#include "registrydialog.h"
#include "ui_registrydialog.h"

#include "schemaregistry.h"
#include "statuscolours.h"

#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>

#include <algorithm>
#include <functional>

namespace {

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") ||
           host == QLatin1String("::1");
}

enum LocalColumn { PatternColumn, FileColumn, MessageColumn };

} // namespace

RegistryDialog::RegistryDialog(const RegistrySettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RegistryDialog>())
{
    m_ui->setupUi(this);
    m_ui->urlEdit->setText(settings.url.toString());
    m_ui->usernameEdit->setText(settings.username);
    m_ui->passwordEdit->setText(settings.password);
    m_ui->caEdit->setText(settings.caFile);
    m_ui->certEdit->setText(settings.certificateFile);
    m_ui->keyEdit->setText(settings.keyFile);
    m_ui->timeoutSpin->setRange(RegistrySettings::MinTimeoutMs, RegistrySettings::MaxTimeoutMs);
    m_ui->timeoutSpin->setValue(settings.timeoutMs);
    const QList<QPair<QToolButton *, QLineEdit *>> browsers = {{m_ui->caBrowse, m_ui->caEdit},
                                                               {m_ui->certBrowse, m_ui->certEdit},
                                                               {m_ui->keyBrowse, m_ui->keyEdit}};
    for (const auto &[button, edit] : browsers) {
        connect(button, &QToolButton::clicked, this, [this, edit = edit] {
            const QString file =
                QFileDialog::getOpenFileName(this, tr("Choose a PEM file"), edit->text(),
                                             tr("PEM files (*.pem *.crt *.key);;All files (*)"));
            if (!file.isEmpty())
                edit->setText(file);
        });
    }
    QTableWidget *table = m_ui->localSchemasTable;
    table->horizontalHeader()->setSectionResizeMode(PatternColumn, QHeaderView::Interactive);
    table->horizontalHeader()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    table->setColumnWidth(PatternColumn, 140);
    table->setColumnWidth(MessageColumn, 150);
    for (const LocalSchema &schema : settings.localSchemas)
        addLocalSchemaRow(schema);
    connect(m_ui->addLocalSchemaButton, &QPushButton::clicked, this,
            &RegistryDialog::chooseLocalSchema);
    connect(m_ui->removeLocalSchemaButton, &QPushButton::clicked, this,
            &RegistryDialog::removeLocalSchemas);
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RegistryDialog::updateLocalButtons);
    connect(table, &QTableWidget::itemChanged, this, [](QTableWidgetItem *item) {
        if (item->column() == FileColumn)
            item->setToolTip(item->text());
    });
    updateLocalButtons();
    connect(m_ui->testButton, &QPushButton::clicked, this, &RegistryDialog::test);
    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, &RegistryDialog::updateWarning);
    connect(m_ui->usernameEdit, &QLineEdit::textChanged, this, &RegistryDialog::updateWarning);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RegistryDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateWarning();
}

RegistryDialog::~RegistryDialog() = default;

RegistrySettings RegistryDialog::settings() const
{
    RegistrySettings settings;
    const QString url = m_ui->urlEdit->text().trimmed();
    if (!url.isEmpty())
        settings.url = QUrl(url, QUrl::StrictMode);
    settings.username = m_ui->usernameEdit->text().trimmed();
    settings.password = m_ui->passwordEdit->text();
    settings.caFile = m_ui->caEdit->text().trimmed();
    settings.certificateFile = m_ui->certEdit->text().trimmed();
    settings.keyFile = m_ui->keyEdit->text().trimmed();
    settings.timeoutMs = m_ui->timeoutSpin->value();
    const QTableWidget *table = m_ui->localSchemasTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const auto text = [table, row](int column) {
            const QTableWidgetItem *item = table->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        settings.localSchemas.append({text(PatternColumn), text(FileColumn), text(MessageColumn)});
    }
    return settings;
}

void RegistryDialog::accept()
{
    const QString problem = settings().validate();
    if (!problem.isEmpty()) {
        showResult(false, problem);
        focusProblem();
        return;
    }
    QDialog::accept();
}

void RegistryDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateWarning();
    }
}

void RegistryDialog::test()
{
    const RegistrySettings settings = this->settings();
    if (!settings.isEnabled()) {
        showResult(false, tr("Enter the registry's address first."));
        return;
    }
    if (const QString problem = settings.validate(); !problem.isEmpty()) {
        showResult(false, problem);
        return;
    }
    m_tested = std::make_unique<SchemaRegistry>(settings);
    connect(m_tested.get(), &SchemaRegistry::tested, this,
            [this](int request, bool ok, const QString &summary) {
                if (request == m_testRequest)
                    showResult(ok, summary);
            });
    m_testRequest = m_tested->testConnection();
    StatusColours::setLabelText(m_ui->testResultLabel, StatusColours::Role::Muted,
                                tr("Asking %1…").arg(settings.url.toDisplayString()));
}

void RegistryDialog::showResult(bool ok, const QString &text)
{
    StatusColours::setLabelText(m_ui->testResultLabel,
                                ok ? StatusColours::Role::Success : StatusColours::Role::Error,
                                text);
}

void RegistryDialog::updateWarning()
{
    const RegistrySettings settings = this->settings();
    const bool clear = settings.url.scheme() == QLatin1String("http") &&
                       !settings.username.isEmpty() && !isLoopback(settings.url);
    m_ui->passwordEdit->setToolTip(
        clear ? tr("This address is http: the password travels unencrypted. Use https when you "
                   "can.")
              : tr("Kept in the system keychain with a saved profile, never in the settings "
                   "file."));
}

void RegistryDialog::addLocalSchemaRow(const LocalSchema &schema)
{
    QTableWidget *table = m_ui->localSchemasTable;
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, PatternColumn, new QTableWidgetItem(schema.topicPattern));
    auto *file = new QTableWidgetItem(schema.file);
    file->setToolTip(schema.file);
    table->setItem(row, FileColumn, file);
    table->setItem(row, MessageColumn, new QTableWidgetItem(schema.messageType));
}

void RegistryDialog::chooseLocalSchema()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose a schema file"), QString(),
        tr("Schema files (*.avsc *.proto *.desc *.pb *.binpb);;Avro schemas (*.avsc);;Protobuf "
           "files (*.proto);;Protobuf descriptor sets (*.desc *.pb *.binpb);;All files (*)"));
    if (file.isEmpty())
        return;
    addLocalSchemaRow({QStringLiteral("*"), file, QString()});
    // The pattern is what the user changes next: which topics this file is for.
    QTableWidget *table = m_ui->localSchemasTable;
    const int row = table->rowCount() - 1;
    table->setCurrentCell(row, PatternColumn);
    table->editItem(table->item(row, PatternColumn));
}

void RegistryDialog::removeLocalSchemas()
{
    QTableWidget *table = m_ui->localSchemasTable;
    QList<int> rows;
    for (const QModelIndex &index : table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        table->removeRow(row);
    updateLocalButtons();
}

void RegistryDialog::updateLocalButtons()
{
    m_ui->removeLocalSchemaButton->setEnabled(
        m_ui->localSchemasTable->selectionModel()->hasSelection());
}

void RegistryDialog::focusProblem()
{
    // A local schema entry that is refused is selected, so the user sees which one it is.
    const RegistrySettings settings = this->settings();
    for (int row = 0; row < settings.localSchemas.size(); ++row) {
        RegistrySettings single;
        single.localSchemas = {settings.localSchemas.at(row)};
        if (!single.validate().isEmpty()) {
            const int column =
                settings.localSchemas.at(row).topicPattern.isEmpty() ? PatternColumn : FileColumn;
            m_ui->localSchemasTable->setCurrentCell(row, column);
            m_ui->localSchemasTable->setFocus();
            return;
        }
    }
    m_ui->urlEdit->setFocus();
}
