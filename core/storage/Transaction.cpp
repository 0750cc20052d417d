#include "Transaction.h"

#include "Database.h"

#include <string>

Transaction::Transaction(Database &db, Mode mode)
    : m_db(db)
    , m_depth(db.m_txDepth)
{
    if (m_depth == 0)
        m_db.exec(mode == Mode::Write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
    else
        m_db.exec("SAVEPOINT sp" + std::to_string(m_depth));
    ++m_db.m_txDepth;
}

Transaction::~Transaction()
{
    if (m_open) {
        try {
            rollback();
        } catch (...) {
            // A failed rollback leaves SQLite to roll back on close; never throw from here.
        }
    }
}

void Transaction::commit()
{
    if (!m_open)
        return;
    if (m_depth == 0)
        m_db.exec("COMMIT");
    else
        m_db.exec("RELEASE sp" + std::to_string(m_depth));
    m_open = false;
    --m_db.m_txDepth;
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    --m_db.m_txDepth;
    if (m_depth == 0) {
        m_db.exec("ROLLBACK");
    } else {
        const std::string name = "sp" + std::to_string(m_depth);
        m_db.exec("ROLLBACK TO " + name);
        m_db.exec("RELEASE " + name);
    }
}
