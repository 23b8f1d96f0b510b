class CalculatorController < ApplicationController
  def create
    render json: { value: Dentaku(params[:expression].to_s) } # ok: CWE-95
  end
end
