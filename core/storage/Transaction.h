#pragma once

class Database;

// RAII transaction: BEGIN IMMEDIATE (or a SAVEPOINT when nested); rolled back unless commit() ran.
class Transaction
{
public:
    enum class Mode { Write, Read };
    explicit Transaction(Database &db, Mode mode = Mode::Write);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();
    void rollback();

private:
    Database &m_db;
    int m_depth;
    bool m_open = true;
};
