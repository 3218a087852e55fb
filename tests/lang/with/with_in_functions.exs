# with used to validate input in a small pipeline
defmodule Signup do
  def validate(params) do
    with {:ok, name} <- fetch(params, "name"),
         {:ok, age_s} <- fetch(params, "age"),
         {age, ""} <- Integer.parse(age_s),
         :ok <- check_age(age) do
      {:ok, %{name: name, age: age}}
    else
      {:error, _} = err -> err
      :error -> {:error, :age_not_a_number}
      {_n, _rest} -> {:error, :age_has_junk}
    end
  end

  defp fetch(params, key) do
    case Map.fetch(params, key) do
      {:ok, ""} -> {:error, {:blank, key}}
      {:ok, v} -> {:ok, v}
      :error -> {:error, {:missing, key}}
    end
  end

  defp check_age(age) when age >= 18, do: :ok
  defp check_age(_), do: {:error, :too_young}
end

IO.inspect(Signup.validate(%{"name" => "ann", "age" => "30"}))
IO.inspect(Signup.validate(%{"name" => "", "age" => "30"}))
IO.inspect(Signup.validate(%{"age" => "30"}))
IO.inspect(Signup.validate(%{"name" => "bo", "age" => "x"}))
IO.inspect(Signup.validate(%{"name" => "bo", "age" => "20y"}))
IO.inspect(Signup.validate(%{"name" => "kid", "age" => "9"}))
