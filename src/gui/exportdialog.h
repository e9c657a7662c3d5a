// ExportDialog: asks what "Export messages…" writes: which rows (the selected ones, the ones the
// filter shows, or every row the table holds, each with its count), the format (JSON Lines or
// CSV) and the file. It only asks; MessageReplay does the export.
#pragma once

#include "messageexporter.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Rows { Selected, Shown, All };

    // The counts of each choice; path: the file suggested.
    ExportDialog(qsizetype selected, qsizetype shown, qsizetype held, const QString &path,
                 QWidget *parent = nullptr);

    Rows rows() const;
    MessageExporter::Format format() const;
    QString path() const;

protected:
    bool event(QEvent *event) override;

private:
    // Every text, at the start and again after a language change.
    void retranslate();
    void onFormatChanged();
    void browse();
    void updateButtons();
    qsizetype chosenCount() const;

    qsizetype m_selected;
    qsizetype m_shown;
    qsizetype m_held;
    QRadioButton *m_selectedRadio;
    QRadioButton *m_shownRadio;
    QRadioButton *m_allRadio;
    QComboBox *m_formatCombo;
    QLineEdit *m_fileEdit;
    QDialogButtonBox *m_buttons;
    QGroupBox *m_rowsBox;
    QLabel *m_formatLabel;
    QLabel *m_fileLabel;
    QPushButton *m_browseButton;
};
