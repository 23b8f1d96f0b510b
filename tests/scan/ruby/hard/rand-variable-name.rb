def summary(brand, operand)
  "#{brand.name}: #{operand}"
end
