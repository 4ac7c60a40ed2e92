#include "ApplyPlanDialog.h"

#include <QDialogButtonBox>
#include <algorithm>
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
    computePlan();
    resize(640, 420);
}

void ApplyPlanDialog::computePlan()
{
    const QStringList ids = m_ids;
    m_store->call<ChangePlan>([ids](Catalog& c) { return ChangePlan::compute(c, ids); }, this,
                              [this](const ChangePlan& plan) { showPlan(plan); });
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
    QString text;
    if (operations == 0)
        text = plan.refusalCount() > 0 ? tr("Nothing can be applied: the providers do not let these changes be made, as the plan says.")
                                       : tr("Nothing to change on the providers.");
    else if (!m_afterApply.isEmpty())
        text = tr("What remains is the plan above: %n operation(s). Resume applies exactly that; nothing else is sent.", nullptr, operations);
    else
        text = tr("These %n operation(s) will be made, in this order. Nothing else is sent.", nullptr, operations);
    if (!m_afterApply.isEmpty())
        text = m_afterApply + u' ' + (operations == 0 ? tr("Nothing is left to apply here; the report below says what happened.") : text);
    m_summary->setText(text);
    m_apply->setEnabled(operations > 0);
    m_apply->setText(!m_afterApply.isEmpty() && operations > 0 ? tr("&Resume") : tr("&Apply"));
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
    m_progress->setFormat(tr("%v of %m done"));
    m_afterApply.clear();
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
        m_report->appendPlainText(l.message.isEmpty() ? QStringLiteral("%1: %2").arg(l.name, outcomeLabel(l.outcome))
                                                      : QStringLiteral("%1: %2 — %3").arg(l.name, outcomeLabel(l.outcome), l.message));
    }
    const int problems = int(report.size()) - ok;
    // The bar counts what was applied, not what was tried.
    m_progress->setRange(0, std::max(1, int(report.size())));
    m_progress->setValue(ok);
    m_progress->setFormat(tr("%1 of %n applied", nullptr, int(report.size())).arg(ok));
    Q_EMIT applied(report);
    if (m_closeWhenDone) {
        QDialog::reject();
        return;
    }
    if (problems == 0) {
        m_summary->setText(tr("Applied: %n product(s) now match the plan.", nullptr, ok));
        m_apply->setEnabled(false);
        return;
    }
    // The plan is worked out again: what is left of it is shown, and Apply resumes exactly that.
    m_afterApply = tr("Applied to %1 of %n product(s).", nullptr, int(report.size())).arg(ok) + u' '
        + tr("%n with problems (see the report below).", nullptr, problems);
    m_summary->setText(m_afterApply + u' ' + tr("Working out what remains…"));
    computePlan();
}

} // namespace pb
