class CalculatorController < ApplicationController
  def create
    value = Object.new.instance_eval(params[:expression]) # expect: CWE-95
    render json: { value: value }
  end
end
