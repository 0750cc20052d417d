#pragma once

// Texts of Qt's own dialogs and widgets that Leadbench shows (standard buttons, the wizard's buttons,
// the file dialog, the text fields' context menu, the command-line parser's errors), in Qt's contexts.
// Qt ships no Greek catalogue (qtbase_el), so Leadbench's catalogue carries these too: lupdate finds
// them here, and the installed Leadbench translator answers before Qt's (installed last, asked first).
namespace QtStrings {

struct Entry
{
    const char *context;
    const char *source;
};

const Entry *begin();
const Entry *end();

} // namespace QtStrings
