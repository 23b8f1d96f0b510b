QColor Palette::randomColor() const
{
    return QColor::fromHsv(qrand() % 360, 200, 230);               // expect: CWE-330
}
