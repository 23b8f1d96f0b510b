class PriceCalculatorController < ApplicationController
  def calculate
    expression = params[:expression]
    result = eval(expression) # expect: CWE-95
    render json: { result: result }
  end
end
