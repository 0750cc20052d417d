#include "CheckableComboBox.h"

#include <QAbstractItemView>
#include <QMouseEvent>
#include <QStylePainter>

CheckableComboBox::CheckableComboBox(const QString &label, QWidget *parent)
    : QComboBox(parent)
    , m_label(label)
{
    setModel(&m_model);
    view()->viewport()->installEventFilter(this);
    view()->installEventFilter(this);
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(12);
    setAccessibleName(label);
    connect(&m_model, &QStandardItemModel::itemChanged, this, [this] {
        update();
        setToolTip(summary());
        emit checkedChanged();
    });
}

void CheckableComboBox::addCheckableItem(const QString &text, const QVariant &data)
{
    auto *item = new QStandardItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setData(Qt::Unchecked, Qt::CheckStateRole);
    item->setData(data, Qt::UserRole);
    const QSignalBlocker blocker(&m_model);
    m_model.appendRow(item);
}

void CheckableComboBox::clearItems()
{
    const QSignalBlocker blocker(&m_model);
    m_model.clear();
    update();
}

int CheckableComboBox::itemCount() const
{
    return m_model.rowCount();
}

QVariantList CheckableComboBox::checkedData() const
{
    QVariantList out;
    for (int r = 0; r < m_model.rowCount(); ++r) {
        if (m_model.item(r)->checkState() == Qt::Checked)
            out << m_model.item(r)->data(Qt::UserRole);
    }
    return out;
}

void CheckableComboBox::setCheckedData(const QVariantList &data)
{
    {
        const QSignalBlocker blocker(&m_model);
        for (int r = 0; r < m_model.rowCount(); ++r) {
            QStandardItem *item = m_model.item(r);
            item->setCheckState(data.contains(item->data(Qt::UserRole)) ? Qt::Checked : Qt::Unchecked);
        }
    }
    setToolTip(summary());
    update();
}

void CheckableComboBox::setItemChecked(int row, bool checked)
{
    if (QStandardItem *item = m_model.item(row))
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

bool CheckableComboBox::isItemChecked(int row) const
{
    const QStandardItem *item = m_model.item(row);
    return item && item->checkState() == Qt::Checked;
}

bool CheckableComboBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == view()->viewport() && event->type() == QEvent::MouseButtonRelease) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QModelIndex index = view()->indexAt(mouse->position().toPoint());
        if (QStandardItem *item = m_model.itemFromIndex(index))
            item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
        m_keepOpen = true;
        return true;
    }
    if (watched == view() && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (QStandardItem *item = m_model.itemFromIndex(view()->currentIndex()))
                item->setCheckState(item->checkState() == Qt::Checked ? Qt::Unchecked : Qt::Checked);
            return true;
        }
    }
    return QComboBox::eventFilter(watched, event);
}

void CheckableComboBox::hidePopup()
{
    if (m_keepOpen) {
        m_keepOpen = false;
        return;
    }
    QComboBox::hidePopup();
}

QString CheckableComboBox::summary() const
{
    QStringList names;
    for (int r = 0; r < m_model.rowCount(); ++r) {
        if (m_model.item(r)->checkState() == Qt::Checked)
            names << m_model.item(r)->text();
    }
    if (names.isEmpty())
        return tr("%1: any").arg(m_label);
    if (names.size() > 2)
        return tr("%1: %2 and %n more", nullptr, int(names.size() - 2)).arg(m_label, names.mid(0, 2).join(u", "));
    return tr("%1: %2").arg(m_label, names.join(u", "));
}

void CheckableComboBox::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    QStyleOptionComboBox option;
    initStyleOption(&option);
    option.currentText = summary();
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

QSize CheckableComboBox::sizeHint() const
{
    // Wide enough for "Label: any" and a couple of names, whatever the items are.
    QStyleOptionComboBox option;
    initStyleOption(&option);
    const int text = fontMetrics().horizontalAdvance(tr("%1: any").arg(m_label)) + fontMetrics().averageCharWidth() * 6;
    const QSize contents(text, fontMetrics().height());
    return style()->sizeFromContents(QStyle::CT_ComboBox, &option, contents, this);
}

QSize CheckableComboBox::minimumSizeHint() const
{
    return sizeHint();
}
