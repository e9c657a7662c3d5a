#include "exportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {
QString suffixOf(MessageExporter::Format format)
{
    return format == MessageExporter::Format::Csv ? QStringLiteral("csv") : QStringLiteral("jsonl");
}
} // namespace

ExportDialog::ExportDialog(qsizetype selected, qsizetype shown, qsizetype held, const QString &path,
                           QWidget *parent)
    : QDialog(parent)
    , m_selected(selected)
    , m_shown(shown)
    , m_held(held)
    , m_selectedRadio(new QRadioButton(this))
    , m_shownRadio(new QRadioButton(this))
    , m_allRadio(new QRadioButton(this))
    , m_formatCombo(new QComboBox(this))
    , m_fileEdit(new QLineEdit(QDir::toNativeSeparators(path), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_rowsBox(new QGroupBox(this))
    , m_formatLabel(new QLabel(this))
    , m_fileLabel(new QLabel(this))
    , m_browseButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *rowsLayout = new QVBoxLayout(m_rowsBox);
    m_selectedRadio->setObjectName(QStringLiteral("exportSelectedRadio"));
    m_shownRadio->setObjectName(QStringLiteral("exportShownRadio"));
    m_allRadio->setObjectName(QStringLiteral("exportAllRadio"));
    for (QRadioButton *radio : {m_selectedRadio, m_shownRadio, m_allRadio}) {
        rowsLayout->addWidget(radio);
        connect(radio, &QRadioButton::toggled, this, &ExportDialog::updateButtons);
    }
    // The filter's rows are a choice of their own only while a filter hides some.
    m_shownRadio->setVisible(shown != held);
    m_selectedRadio->setEnabled(selected > 0);
    (selected > 1 ? m_selectedRadio : shown != held ? m_shownRadio : m_allRadio)->setChecked(true);
    layout->addWidget(m_rowsBox);

    auto *form = new QFormLayout;
    m_formatCombo->setObjectName(QStringLiteral("exportFormatCombo"));
    m_formatCombo->addItem(QString(), int(MessageExporter::Format::JsonLines)); // retranslate()
    m_formatCombo->addItem(QString(), int(MessageExporter::Format::Csv));
    m_formatLabel->setBuddy(m_formatCombo);
    form->addRow(m_formatLabel, m_formatCombo);
    auto *fileRow = new QHBoxLayout;
    m_fileEdit->setObjectName(QStringLiteral("exportFileEdit"));
    m_fileEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    fileRow->addWidget(m_fileEdit, 1);
    m_browseButton->setObjectName(QStringLiteral("exportBrowseButton"));
    fileRow->addWidget(m_browseButton);
    m_fileLabel->setBuddy(m_fileEdit);
    form->addRow(m_fileLabel, fileRow);
    layout->addLayout(form);

    m_buttons->setObjectName(QStringLiteral("exportButtons"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(m_fileEdit, &QLineEdit::textChanged, this, &ExportDialog::updateButtons);
    updateButtons();
    retranslate();
}

bool ExportDialog::event(QEvent *event)
{
    // After the children: the button box puts Qt's own "OK" back on a language change.
    const bool handled = QDialog::event(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return handled;
}

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export messages"));
    m_rowsBox->setTitle(tr("Messages"));
    const QLocale locale;
    m_selectedRadio->setText(tr("The &selected rows (%1)").arg(locale.toString(m_selected)));
    m_shownRadio->setText(tr("The rows the filter s&hows (%1)").arg(locale.toString(m_shown)));
    m_allRadio->setText(tr("&Every row the table holds (%1)").arg(locale.toString(m_held)));
    m_formatCombo->setItemText(m_formatCombo->findData(int(MessageExporter::Format::JsonLines)),
                               tr("JSON Lines (lossless; topicdesk send --format json and Send a "
                                  "file read it back)"));
    m_formatCombo->setItemText(m_formatCombo->findData(int(MessageExporter::Format::Csv)),
                               tr("CSV (for a spreadsheet)"));
    m_formatLabel->setText(tr("&Format:"));
    m_browseButton->setText(tr("&Browse…"));
    m_fileLabel->setText(tr("F&ile:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("E&xport"));
}

ExportDialog::Rows ExportDialog::rows() const
{
    if (m_selectedRadio->isChecked())
        return Rows::Selected;
    return m_shownRadio->isChecked() ? Rows::Shown : Rows::All;
}

MessageExporter::Format ExportDialog::format() const
{
    return MessageExporter::Format(m_formatCombo->currentData().toInt());
}

QString ExportDialog::path() const
{
    return QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
}

qsizetype ExportDialog::chosenCount() const
{
    switch (rows()) {
    case Rows::Selected:
        return m_selected;
    case Rows::Shown:
        return m_shown;
    case Rows::All:
        return m_held;
    }
    return 0;
}

void ExportDialog::onFormatChanged()
{
    // A name that ends in the other format's suffix follows the format.
    const QFileInfo info(path());
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("csv")) {
        const QString renamed = path().left(path().size() - suffix.size()) + suffixOf(format());
        m_fileEdit->setText(QDir::toNativeSeparators(renamed));
    }
}

void ExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Export messages"), path(),
        format() == MessageExporter::Format::Csv ? tr("CSV (*.csv);;All files (*)")
                                                 : tr("JSON Lines (*.jsonl);;All files (*)"));
    if (!chosen.isEmpty())
        m_fileEdit->setText(QDir::toNativeSeparators(chosen));
}

void ExportDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!path().isEmpty() && chosenCount() > 0);
}
