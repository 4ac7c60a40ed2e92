#include "RequestDialog.h"
#include "services/providers/Registry.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pb {

RequestDialog::RequestDialog(const Product& product, const AccountTarget& target, const SerializeOptions& options, QWidget* parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("requestDialog"));
    setWindowTitle(tr("Request for “%1”").arg(product.name));
    SerializeOptions o = options;
    o.skipValidation = true;
    const RequestPlan plan = RequestSerializer::build(product, target, o);
    auto* layout = new QVBoxLayout(this);
    if (!plan.validation.isValid()) {
        auto* warning = new QLabel(tr("This product is not valid for %1 yet; Pricebook will not send it until the marked fields are fixed.")
                                       .arg(providerDisplayName(target.provider)), this);
        warning->setObjectName(QStringLiteral("requestInvalidLabel"));
        warning->setWordWrap(true);
        layout->addWidget(warning);
    }
    QStringList parts, curls;
    for (int i = 0; i < plan.steps.size(); ++i) {
        const ProviderRequest& r = plan.steps.at(i);
        parts << tr("# Step %1 of %2: %3").arg(i + 1).arg(plan.steps.size()).arg(r.step) + u'\n' + RequestSerializer::renderHttp(r, target);
        curls << RequestSerializer::renderCurl(r, target);
    }
    m_curl = curls.join(QStringLiteral("\n\n"));
    m_text->setObjectName(QStringLiteral("requestPlainTextEdit"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlainText(parts.join(u'\n'));
    m_text->setAccessibleName(tr("Request"));
    layout->addWidget(m_text, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("Copy as &curl"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyCurlButton"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_curl); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 520);
}

QString RequestDialog::text() const { return m_text->toPlainText(); }

} // namespace pb
