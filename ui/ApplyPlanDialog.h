#pragma once
// "Apply changes…" (and "Update on provider" when a change is more than an update in place):
// shows the change plan of the chosen products per account, exactly as `pricebook-cli plan`
// prints it, and applies that plan through the PlanApplier workflow (services/sync/Apply) with
// progress step by step and a report per product. Nothing is applied that the dialog did not
// show: a product whose plan changed meanwhile is refused with the difference.
//   auto* d = new ApplyPlanDialog(store, network, keys, ids, this);
//   connect(d, &ApplyPlanDialog::applied, model, &CatalogTableModel::refresh);
//   d->open();

#include "services/sync/Apply.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

namespace pb {

class ApplyPlanDialog : public QDialog
{
    Q_OBJECT

public:
    ApplyPlanDialog(CatalogStore* store, QNetworkAccessManager* network, KeyLookup keys, const QStringList& productIds,
                    QWidget* parent = nullptr);
    // The plan shown (empty until it is computed).
    const ChangePlan& plan() const { return m_plan; }
    // While applying: the steps in flight are stopped (what was done stays recorded) and the
    // dialog closes once they have been.
    void reject() override;

Q_SIGNALS:
    void planShown();
    void applied(const QList<pb::PushLine>& report);

private:
    void computePlan();
    void showPlan(const ChangePlan& plan);
    void startApply();
    void showReport(const QList<PushLine>& report);

    CatalogStore* m_store;
    QNetworkAccessManager* m_network;
    KeyLookup m_keys;
    QStringList m_ids;
    ChangePlan m_plan;
    QLabel* m_summary;
    QPlainTextEdit* m_planText;
    QProgressBar* m_progress;
    QPlainTextEdit* m_report;
    QPushButton* m_apply;
    QPushButton* m_stop;
    QPushButton* m_close;
    QPointer<PlanApplier> m_running;
    bool m_closeWhenDone = false;
    // After an apply with problems: what was reported, said above the plan of what remains.
    QString m_afterApply;
};

} // namespace pb
