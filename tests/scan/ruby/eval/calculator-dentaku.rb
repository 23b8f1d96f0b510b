class PriceCalculatorController < ApplicationController
  def calculate
    calculator = Dentaku::Calculator.new
    result = calculator.evaluate!(params[:expression]) # ok: CWE-95
    render json: { result: result }
  rescue Dentaku::Error
    render json: { error: "invalid expression" }, status: :unprocessable_entity
  end
end
