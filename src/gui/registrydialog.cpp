#include "registrydialog.h"
#include "ui_registrydialog.h"

#include "schemaregistry.h"
#include "statuscolours.h"

#include <QEvent>
#include <QFileDialog>
#include <QPushButton>

namespace {

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") ||
           host == QLatin1String("::1");
}

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
    return settings;
}

void RegistryDialog::accept()
{
    const QString problem = settings().validate();
    if (!problem.isEmpty()) {
        showResult(false, problem);
        m_ui->urlEdit->setFocus();
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
    m_ui->testResultLabel->setText(StatusColours::html(
        StatusColours::Role::Muted, tr("Asking %1…").arg(settings.url.toDisplayString())));
}

void RegistryDialog::showResult(bool ok, const QString &text)
{
    m_ui->testResultLabel->setText(
        StatusColours::html(ok ? StatusColours::Role::Success : StatusColours::Role::Error, text));
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
