def clear_screen
  system("clear") || system("cls") # ok: CWE-78
end
