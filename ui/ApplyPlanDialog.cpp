#include "ApplyPlanDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace pb {

ApplyPlanDialog::ApplyPlanDialog(CatalogStore* store, QNetworkAccessManager* network, KeyLookup keys, const QStringList& productIds,
                                 QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_network(network)
    , m_keys(std::move(keys))
    , m_ids(productIds)
{
    setObjectName(QStringLiteral("applyPlanDialog"));
    setWindowTitle(tr("Apply changes"));
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(tr("Working out what would change…"), this);
    m_summary->setObjectName(QStringLiteral("applySummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_planText = new QPlainTextEdit(this);
    m_planText->setObjectName(QStringLiteral("planTextEdit"));
    m_planText->setReadOnly(true);
    m_planText->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_planText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    layout->addWidget(m_planText, 2);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("applyProgressBar"));
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_report = new QPlainTextEdit(this);
    m_report->setObjectName(QStringLiteral("applyReportTextEdit"));
    m_report->setReadOnly(true);
    m_report->setVisible(false);
    layout->addWidget(m_report, 1);
    auto* buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("applyPlanButton"));
    m_apply->setEnabled(false);
    m_stop = buttons->addButton(tr("&Stop"), QDialogButtonBox::ActionRole);
    m_stop->setObjectName(QStringLiteral("applyStopButton"));
    m_stop->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("applyCloseButton"));
    layout->addWidget(buttons);
    // The buttons act here; the dialog closes only through Close.
    disconnect(buttons, nullptr, this, nullptr);
    connect(m_apply, &QPushButton::clicked, this, &ApplyPlanDialog::startApply);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_running)
            m_running->cancel();
    });
    connect(m_close, &QPushButton::clicked, this, &ApplyPlanDialog::reject);
    const QStringList ids = m_ids;
    m_store->call<ChangePlan>([ids](Catalog& c) { return ChangePlan::compute(c, ids); }, this,
                              [this](const ChangePlan& plan) { showPlan(plan); });
    resize(640, 420);
}

void ApplyPlanDialog::reject()
{
    if (m_running) {
        m_closeWhenDone = true;
        m_running->cancel();
        return;
    }
    QDialog::reject();
}

void ApplyPlanDialog::showPlan(const ChangePlan& plan)
{
    m_plan = plan;
    m_planText->setPlainText(plan.text());
    const int operations = plan.operationCount();
    if (operations == 0)
        m_summary->setText(plan.refusalCount() > 0 ? tr("Nothing can be applied: the providers do not let these changes be made, as the plan says.")
                                                   : tr("Nothing to change on the providers."));
    else
        m_summary->setText(tr("These %n operation(s) will be made, in this order. Nothing else is sent.", nullptr, operations));
    m_apply->setEnabled(operations > 0);
    Q_EMIT planShown();
}

void ApplyPlanDialog::startApply()
{
    if (m_running || m_plan.operationCount() == 0)
        return;
    QStringList ids;
    for (const AccountPlan& a : std::as_const(m_plan.accounts))
        for (const ProductPlan& p : a.products)
            if (p.changes.refusals.isEmpty())
                ids << p.productId;
    auto* applier = new PlanApplier(m_store, m_network, m_keys, this);
    m_running = applier;
    m_apply->setEnabled(false);
    m_stop->setEnabled(true);
    m_progress->setVisible(true);
    m_progress->setRange(0, int(ids.size()));
    m_progress->setValue(0);
    m_report->clear();
    m_report->setVisible(true);
    m_summary->setText(tr("Applying…"));
    connect(applier, &PlanApplier::stepStarted, this, [this](const QString&, const QString& name, int step, int steps, const QString& words) {
        m_report->appendPlainText(tr("%1: step %2 of %3: %4").arg(name).arg(step).arg(steps).arg(words));
    });
    connect(applier, &PlanApplier::progressChanged, this, [this](int done, int) { m_progress->setValue(done); });
    connect(applier, &PlanApplier::finished, this, [this, applier](const QList<PushLine>& report) {
        applier->deleteLater();
        m_running = nullptr;
        showReport(report);
    });
    ApplyOptions options;
    options.shown = m_plan;
    applier->start(ids, options);
}

void ApplyPlanDialog::showReport(const QList<PushLine>& report)
{
    m_stop->setEnabled(false);
    int ok = 0;
    for (const PushLine& l : report) {
        ok += l.ok() ? 1 : 0;
        m_report->appendPlainText(l.message.isEmpty() ? QStringLiteral("%1: %2").arg(l.name, l.outcome)
                                                      : QStringLiteral("%1: %2 — %3").arg(l.name, l.outcome, l.message));
    }
    const int problems = int(report.size()) - ok;
    m_summary->setText(problems == 0 ? tr("Applied: %n product(s) now match the plan.", nullptr, ok)
                                     : tr("%1 of %2 product(s) applied; %3 with problems (see below). Apply again to resume.")
                                           .arg(ok).arg(report.size()).arg(problems));
    Q_EMIT applied(report);
    if (m_closeWhenDone)
        QDialog::reject();
}

} // namespace pb
