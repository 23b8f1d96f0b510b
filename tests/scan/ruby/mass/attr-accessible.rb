class Post < ActiveRecord::Base
  attr_accessible :title, :body # ok: CWE-915
end
