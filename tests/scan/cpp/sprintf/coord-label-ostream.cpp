void Map::DrawLabel(int x, int y) {
    std::ostringstream label;
    label << x << ',' << y;                                         // ok: CWE-120
    font_->Draw(label.str(), x, y);
}
