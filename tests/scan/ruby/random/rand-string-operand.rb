puts "Operand: #{'rand' * 2}"
