def clone(url)
  system("git clone --depth 1 #{url.shellescape} /srv/repos/tmp") # ok: CWE-78
end
