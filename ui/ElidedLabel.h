#pragma once
// A one-line label for the status bar: it never asks for more width than it is given (so a long
// message cannot widen the window), draws what does not fit elided with "…", and shows the
// whole text as its tooltip then.
//   auto* label = new ElidedLabel(this);
//   statusBar()->addWidget(label, 1);
//   label->setText(longMessage); // text() is the whole message

#include <QLabel>

namespace pb {

class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // Whether the text is drawn shortened at the current width.
    bool isElided() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;
};

} // namespace pb
