require "sinatra"
require "json"

ALLOWED = /\A[\d\s+\-*\/().]+\z/

before { content_type :json }

post "/orders/price" do
  expr = params[:expression].to_s
  halt 400, { error: "empty" }.to_json if expr.strip.empty?
  halt 400, { error: "too long" }.to_json if expr.length > 200
  result = eval(expr) # expect: CWE-95
  { expression: expr, result: result }.to_json
rescue SyntaxError, ZeroDivisionError, StandardError => e
  halt 422, { error: e.class.name }.to_json
end

post "/orders/price/checked" do
  expr = params[:expression].to_s
  halt 400, { error: "invalid" }.to_json unless expr.match?(ALLOWED)
  calc = Dentaku::Calculator.new
  { expression: expr, result: calc.evaluate!(expr) }.to_json # ok: CWE-95
rescue Dentaku::Error => e
  halt 422, { error: e.message }.to_json
end
