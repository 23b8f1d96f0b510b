def apply_filters(scope)
  %i[published featured].reduce(scope) { |s, name| s.public_send(name) } # ok: CWE-95
end
