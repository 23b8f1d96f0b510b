%w[draft published archived].each do |state|
  define_method("#{state}?") { status == state }
end
