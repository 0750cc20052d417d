#pragma once

#include <QIcon>

// The application's icons: the desktop theme's when it has them, otherwise simple glyphs drawn here,
// so the app looks whole on a bare system without an icon theme.
namespace Icons {

enum class Glyph {
    App,
    Leads,
    NewLead,
    Delete,
    Merge,
    Undo,
    Redo,
    Search,
    Filter,
    Segment,
    Call,
    Email,
    Meeting,
    Note,
    Stage,
    Open,
    NewWorkspace,
    Backup,
    Settings,
    Demo,
    Scoring,
    Dashboard,
};

QIcon icon(Glyph glyph);

} // namespace Icons
