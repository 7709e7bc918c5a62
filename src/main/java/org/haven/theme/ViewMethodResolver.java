package org.haven.theme;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.jspecify.annotations.Nullable;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.MethodExecutor;
import org.springframework.expression.MethodResolver;
import org.springframework.expression.TypedValue;
import org.springframework.util.ClassUtils;

/**
 * Calls the methods templates use most ({@code ${#lists.isEmpty(tags)}},
 * {@code ${fmt.date(card.publishedAt)}}, {@code ${card.url()}}) without Spring's per-call
 * conversion work, when there is nothing to convert.
 *
 * <p>
 * Why it exists: SpEL's reflective executor builds a type descriptor for every argument
 * and for the result on every call, and asks the conversion service about each argument
 * even when it already has the parameter's type: about a fifteenth of an uncached article
 * page. This resolver answers only for methods declared by Haven's own types and by
 * Thymeleaf's expression utility objects ({@code #lists}, {@code #strings}, ...), never
 * for {@code Object}'s methods, and only when exactly one method of that name and arity
 * takes the arguments as they are. Anything else (a number to convert, an overload, a
 * variable-arity method, a typed collection parameter) goes the usual way, with
 * Thymeleaf's restrictions.
 */
final class ViewMethodResolver implements MethodResolver {

	static final ViewMethodResolver INSTANCE = new ViewMethodResolver();

	private static final String[] OWN_PACKAGES = { "org.haven.", "org.thymeleaf.expression." };

	private static final ClassValue<ConcurrentMap<String, Direct[]>> CANDIDATES = new ClassValue<>() {
		@Override
		protected ConcurrentMap<String, Direct[]> computeValue(Class<?> type) {
			return new ConcurrentHashMap<>();
		}
	};

	private ViewMethodResolver() {
	}

	@Override
	public @Nullable MethodExecutor resolve(EvaluationContext context, Object target, String name,
			List<TypeDescriptor> argumentTypes) {
		if (target instanceof Class<?> || !own(target.getClass().getName())) {
			return null;
		}
		Direct chosen = null;
		for (Direct candidate : candidates(target.getClass(), name, argumentTypes.size())) {
			if (candidate.accepts(argumentTypes)) {
				if (chosen != null) {
					return null; // more than one fits: Spring chooses the closest
				}
				chosen = candidate;
			}
		}
		return chosen;
	}

	private static Direct[] candidates(Class<?> type, String name, int arity) {
		return CANDIDATES.get(type).computeIfAbsent(name + '/' + arity, key -> find(type, name, arity));
	}

	private static Direct[] find(Class<?> type, String name, int arity) {
		List<Direct> found = new ArrayList<>();
		for (Method method : type.getMethods()) {
			if (method.getName().equals(name) && method.getParameterCount() == arity && !method.isVarArgs()
					&& !Modifier.isStatic(method.getModifiers()) && own(method.getDeclaringClass().getName())
					&& untypedParameters(method) && method.trySetAccessible()) {
				found.add(new Direct(method));
			}
		}
		return found.toArray(Direct[]::new);
	}

	private static boolean own(String className) {
		for (String prefix : OWN_PACKAGES) {
			if (className.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A parameter such as {@code List<String>} may make Spring convert the elements; only
	 * plain, raw or wildcard parameters are called as they are.
	 */
	private static boolean untypedParameters(Method method) {
		for (Type type : method.getGenericParameterTypes()) {
			if (type instanceof ParameterizedType parameterized) {
				for (Type argument : parameterized.getActualTypeArguments()) {
					if (!(argument instanceof WildcardType wildcard)
							|| !List.of(wildcard.getUpperBounds()).equals(List.of(Object.class))
							|| wildcard.getLowerBounds().length > 0) {
						return false;
					}
				}
			}
			else if (!(type instanceof Class<?>)) {
				return false; // a type variable
			}
		}
		return true;
	}

	/** One method, called with the arguments as they are; one per method, made once. */
	private static final class Direct implements MethodExecutor {

		private final Method method;

		private final Class<?>[] parameters;

		/** The parameter types with primitives boxed, for {@link Class#isInstance}. */
		private final Class<?>[] boxed;

		Direct(Method method) {
			this.method = method;
			this.parameters = method.getParameterTypes();
			this.boxed = new Class<?>[parameters.length];
			for (int i = 0; i < parameters.length; i++) {
				this.boxed[i] = ClassUtils.resolvePrimitiveIfNecessary(parameters[i]);
			}
		}

		@Override
		public TypedValue execute(EvaluationContext context, Object target, @Nullable Object... arguments)
				throws AccessException {
			if (!method.getDeclaringClass().isInstance(target) || !accepts(arguments)) {
				// a node that kept this executor now calls it otherwise: SpEL resolves
				// again
				throw new AccessException("'" + method.getName() + "' does not take these arguments here");
			}
			try {
				return new TypedValue(method.invoke(target, arguments));
			}
			catch (InvocationTargetException ex) {
				// SpEL rethrows the method's own exception from this cause, as for its
				// own executor
				throw new AccessException("calling '" + method.getName() + "' failed", ex);
			}
			catch (IllegalAccessException ex) {
				throw new AccessException("cannot call '" + method.getName() + "'", ex);
			}
		}

		/**
		 * Whether arguments of these types (null for a null) fit the parameters as they
		 * are.
		 */
		boolean accepts(List<TypeDescriptor> argumentTypes) {
			for (int i = 0; i < parameters.length; i++) {
				TypeDescriptor argument = argumentTypes.get(i);
				if (argument == null ? parameters[i].isPrimitive() : !boxed[i].isAssignableFrom(argument.getType())) {
					return false;
				}
			}
			return true;
		}

		private boolean accepts(@Nullable Object[] arguments) {
			if (arguments.length != parameters.length) {
				return false;
			}
			for (int i = 0; i < parameters.length; i++) {
				Object argument = arguments[i];
				if (argument == null ? parameters[i].isPrimitive() : !boxed[i].isInstance(argument)) {
					return false;
				}
			}
			return true;
		}

	}

}
