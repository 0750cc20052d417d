#pragma once

#include <QComboBox>
#include <QStandardItemModel>
#include <QVariantList>

// A drop-down list of check boxes for "any of these" filters. The closed box reads "Stage: any" or
// "Stage: MQL, SQL"; clicking an item toggles it without closing the list.
class CheckableComboBox : public QComboBox
{
    Q_OBJECT
public:
    explicit CheckableComboBox(const QString &label, QWidget *parent = nullptr);

    void addCheckableItem(const QString &text, const QVariant &data);
    void clearItems();
    QVariantList checkedData() const;
    void setCheckedData(const QVariantList &data); // does not emit checkedChanged
    void setItemChecked(int row, bool checked);    // emits checkedChanged
    bool isItemChecked(int row) const;
    int itemCount() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void checkedChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void hidePopup() override;

private:
    QString summary() const;

    QStandardItemModel m_model;
    QString m_label;
    bool m_keepOpen = false;
};
