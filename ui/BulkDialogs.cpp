#include "BulkDialogs.h"
#include "services/sync/Apply.h"

#include "models/PricingSummary.h"
#include "services/providers/Registry.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pb {

ImportReportDialog::ImportReportDialog(const QString& file, const CatalogIO::ImportResult& r, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(tr("Import %1").arg(file));
    auto* layout = new QVBoxLayout(this);
    auto* summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("importSummaryLabel"));
    summary->setWordWrap(true);
    if (r.fileError)
        summary->setText(tr("The file could not be read; nothing will be imported."));
    else if (r.invalidCount() == 0)
        summary->setText((r.rows.size() == 1 ? tr("The product is valid.") : tr("All %1 products are valid.").arg(r.rows.size())));
    else
        summary->setText(tr("%1 of %2 products are valid. Import the valid ones, or nothing and fix the file first.")
                             .arg(r.validCount()).arg(r.rows.size()));
    layout->addWidget(summary);
    // What a valid file brings in, before anything is imported: the first products as the
    // catalog will list them.
    constexpr int kPreviewRows = 5;
    QList<const CatalogIO::ImportedRow*> valid;
    for (const CatalogIO::ImportedRow& row : r.rows)
        if (row.valid && valid.size() < kPreviewRows)
            valid.append(&row);
    auto* previewLabel = new QLabel(this);
    previewLabel->setObjectName(QStringLiteral("importPreviewLabel"));
    const int validCount = r.fileError ? 0 : r.validCount();
    previewLabel->setText(validCount <= int(valid.size())
                              ? (validCount == 1 ? tr("The product to import:") : tr("The %n products to import:", nullptr, validCount))
                              : tr("The first %n products to import:", nullptr, int(valid.size())));
    previewLabel->setVisible(!valid.isEmpty());
    layout->addWidget(previewLabel);
    auto* preview = new QTableWidget(int(valid.size()), 5, this);
    preview->setObjectName(QStringLiteral("importPreviewTable"));
    preview->setHorizontalHeaderLabels({ tr("Row"), tr("Name"), tr("Provider"), tr("Account"), tr("Price") });
    preview->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    preview->verticalHeader()->setVisible(false);
    preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < valid.size(); ++i) {
        const CatalogIO::ImportedRow& row = *valid.at(i);
        const bool takesPrices = schemaOf(row.entry.provider).maxPrices != 0;
        preview->setItem(i, 0, new QTableWidgetItem(QString::number(row.row)));
        preview->setItem(i, 1, new QTableWidgetItem(row.entry.product.name));
        preview->setItem(i, 2, new QTableWidgetItem(providerDisplayName(row.entry.provider)));
        preview->setItem(i, 3, new QTableWidgetItem(row.accountName.isEmpty() ? tr("No account") : row.accountName));
        preview->setItem(i, 4, new QTableWidgetItem(takesPrices ? PricingSummary::describe(row.entry.product) : QString()));
    }
    preview->setVisible(!valid.isEmpty());
    layout->addWidget(preview, 1);
    auto* table = new QTableWidget(int(r.problems.size()), 3, this);
    table->setObjectName(QStringLiteral("importProblemsTable"));
    table->setHorizontalHeaderLabels({ tr("Row"), tr("Column"), tr("Message") });
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    table->verticalHeader()->setVisible(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < r.problems.size(); ++i) {
        const CatalogIO::Problem& p = r.problems.at(i);
        table->setItem(i, 0, new QTableWidgetItem(p.row > 0 ? QString::number(p.row) : QString()));
        table->setItem(i, 1, new QTableWidgetItem(p.column));
        table->setItem(i, 2, new QTableWidgetItem(p.warning ? tr("Warning: %1").arg(p.message) : p.message));
    }
    table->setVisible(!r.problems.isEmpty());
    layout->addWidget(table, 1);
    auto* buttons = new QDialogButtonBox(this);
    if (!r.fileError && r.validCount() > 0) {
        QPushButton* import = buttons->addButton(r.invalidCount() == 0 ? (r.validCount() == 1 ? tr("&Import 1 product") : tr("&Import %1 products").arg(r.validCount()))
                                                                        : (r.validCount() == 1 ? tr("&Import the valid product") : tr("&Import the %1 valid products").arg(r.validCount())),
                                                  QDialogButtonBox::AcceptRole);
        import->setObjectName(QStringLiteral("importButton"));
    }
    QPushButton* none = buttons->addButton(r.fileError || r.validCount() == 0 ? tr("Close") : tr("Import &nothing"), QDialogButtonBox::RejectRole);
    none->setObjectName(QStringLiteral("importNothingButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 420);
}


PushDialog::PushDialog(CatalogStore* store, QNetworkAccessManager* network, KeyLookup keys, QWidget* parent)
    : QDialog(parent)
    , m_pusher(new BulkPusher(store, network, std::move(keys), this))
    , m_bar(new QProgressBar(this))
    , m_counts(new QLabel(this))
    , m_lines(new QTableWidget(0, 3, this))
    , m_pause(new QPushButton(tr("&Pause"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_close(new QPushButton(tr("C&lose"), this))
{
    setObjectName(QStringLiteral("pushDialog"));
    setWindowTitle(tr("Push products"));
    m_pause->setObjectName(QStringLiteral("pausePushButton"));
    m_cancel->setObjectName(QStringLiteral("cancelPushButton"));
    m_close->setObjectName(QStringLiteral("closePushButton"));
    m_counts->setObjectName(QStringLiteral("pushCountsLabel"));
    m_lines->setObjectName(QStringLiteral("pushReportTable"));
    m_lines->setHorizontalHeaderLabels({ tr("Product"), tr("Outcome"), tr("Details") });
    m_lines->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_lines->verticalHeader()->setVisible(false);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(m_counts);
    layout->addWidget(m_lines, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_pause);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    m_close->setEnabled(false);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (m_pusher->isPaused()) {
            m_pusher->resume();
            m_pause->setText(tr("&Pause"));
        } else {
            m_pusher->pause();
            m_pause->setText(tr("&Resume"));
        }
    });
    connect(m_cancel, &QPushButton::clicked, m_pusher, &BulkPusher::cancel);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_pusher, &BulkPusher::progressChanged, this, &PushDialog::showProgress);
    connect(m_pusher, &BulkPusher::lineFinished, this, [this](const PushLine& l) {
        const int row = m_lines->rowCount();
        m_lines->insertRow(row);
        m_lines->setItem(row, 0, new QTableWidgetItem(l.name));
        m_lines->setItem(row, 1, new QTableWidgetItem(pb::outcomeLabel(l.outcome)));
        m_lines->setItem(row, 2, new QTableWidgetItem(l.remoteId.isEmpty() || l.message.isEmpty() ? l.remoteId + l.message
                                                                                                  : tr("%1: %2").arg(l.remoteId, l.message)));
    });
    connect(m_pusher, &BulkPusher::finished, this, [this](const QList<PushLine>& report) {
        m_pause->setEnabled(false);
        m_cancel->setEnabled(false);
        m_close->setEnabled(true);
        m_close->setDefault(true);
        Q_EMIT pushFinished(report);
    });
    resize(720, 460);
}

void PushDialog::start(const QStringList& productIds, const PushOptions& options)
{
    m_bar->setRange(0, int(productIds.size()));
    m_bar->setValue(0);
    m_pusher->start(productIds, options);
}

void PushDialog::showProgress(const PushProgress& p)
{
    m_bar->setValue(p.done);
    QString text = tr("%1 of %2 done: %3 sent or already there, %4 with problems").arg(p.done).arg(p.total).arg(p.succeeded).arg(p.problems);
    if (m_pusher->isPaused())
        text += tr(" — paused");
    else if (p.etaMs > 0)
        text += tr(" — about %1 s left").arg((p.etaMs + 999) / 1000);
    m_counts->setText(text);
}

} // namespace pb
