void Map::DrawLabel(int x, int y) {
    char label[16];
    sprintf(label, "%d,%d", x, y);                                  // expect: CWE-120
    font_->Draw(label, x, y);
}
