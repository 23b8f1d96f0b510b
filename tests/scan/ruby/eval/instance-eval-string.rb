config.instance_eval("self.#{key} = #{value}") # expect: CWE-95
