#define F_CLEAR "clear"

void Menu::Show() {
    system(F_CLEAR);                                                // ok: CWE-78
    for (const auto &item : items_)
        std::cout << item.key << ") " << item.label << '\n';
}
